/** Shared steps for the UI end-to-end specs (e2e/ui-*.spec.ts). */
import type { Locator, Page } from '@playwright/test';
import type { DocNode } from '../common/contract';
import { api, expect } from './fixtures';

/** Calls the contract from the page and returns the value, failing the test on an error result. */
export async function value<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await api<T>(page, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A one-paragraph document. */
export function doc(text: string): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** The Today view's composer, once the first-run example entry is in place (so counts are stable). */
export async function composer(page: Page): Promise<Locator> {
  await expect(page.getByText('An example entry').first()).toBeVisible();
  const region = page.getByRole('region', { name: 'Write an entry' });
  await expect(region.getByRole('textbox', { name: 'What did you do?' })).toBeVisible();
  return region;
}

/** The local calendar day, `YYYY-MM-DD`, `offset` days from today (as the page sees it). */
export function localDay(page: Page, offset = 0): Promise<string> {
  return page.evaluate((o) => {
    const d = new Date();
    d.setDate(d.getDate() + o);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}

/** Follows a link in the navigation. */
export async function openView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label }).click();
}
