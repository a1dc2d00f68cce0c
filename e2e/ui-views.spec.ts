/**
 * Every main view, in the light and the dark theme: it renders with content, every control
 * has an accessible name, nothing overflows sideways, and a screenshot is kept for review
 * (in the test's output folder).
 */
import type { Page } from '@playwright/test';
import type { Entry, StakeholderSummary } from '../common/contract';
import { expect, settled, test } from './fixtures';
import { composer, doc, value } from './ui-helpers';

/** The little of the DOM the in-page checks use (the e2e project is typed for Node). */
interface El {
  tagName: string;
  textContent: string | null;
  outerHTML: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
  closest(selector: string): El | null;
}
interface PageGlobals {
  document: {
    querySelectorAll(selector: string): ArrayLike<El>;
    querySelector(selector: string): El | null;
    getElementById(id: string): El | null;
    documentElement: { scrollWidth: number; clientWidth: number };
    body: El;
  };
  getComputedStyle(el: El): { visibility: string; backgroundColor: string };
  CSS: { escape(s: string): string };
  location: { hash: string };
}

/** Interactive elements without an accessible name (a simplified name computation). */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, getComputedStyle, CSS } = globalThis as unknown as PageGlobals;
    const selector = 'a[href], button, input, select, textarea, [role="radio"], [role="textbox"], [role="combobox"], [tabindex="0"]';
    const visible = (el: El) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: El): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      const byIds = labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : '';
      const id = el.getAttribute('id');
      const forLabel = id ? (document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent ?? '') : '';
      const own = ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) ? '' : (el.textContent ?? '');
      return (
        [el.getAttribute('aria-label'), byIds, forLabel, el.closest('label')?.textContent, own, el.getAttribute('title')]
          .map((s) => (s ?? '').trim())
          .find((s) => s !== '') ?? ''
      );
    };
    return Array.from(document.querySelectorAll(selector))
      .filter(visible)
      .filter((el) => name(el) === '')
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

async function seed(page: Page): Promise<{ person: StakeholderSummary; entry: Entry }> {
  const person = await value<StakeholderSummary>(page, 'people:create', { name: 'Maya Chen', direction: 'up', role: 'Engineering manager', keyDecider: true, influence: 5 });
  await value<StakeholderSummary>(page, 'people:create', { name: 'Tom Becker', direction: 'sideways', role: 'Senior engineer' });
  await value(page, 'goals:create', { title: 'Cut release time in half' });
  const entry = await value<Entry>(page, 'entries:create', {
    body: doc('Shipped the onboarding flow and walked the team through it #launch'),
    ownershipLevel: 'milestone',
    impact: 'New teams start in a day instead of a week.',
    seenBy: [{ stakeholderId: person.id, channel: 'demo' }],
    starred: true,
  });
  const trashed = await value<Entry>(page, 'entries:create', { body: doc('An entry for the trash'), ownershipLevel: 'task' });
  await value(page, 'entries:delete', { id: trashed.id });
  return { person, entry };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every main view renders, names its controls and fits the window (${scheme})`, async ({ app }, testInfo) => {
    await app.emulateMedia({ colorScheme: scheme });
    await composer(app);
    const { person, entry } = await seed(app);
    const views: [string, string, string][] = [
      ['today', '#/today', 'Today'],
      ['timeline', '#/timeline', 'Timeline'],
      ['search', '#/timeline?q=onboarding', 'Timeline'],
      ['people', '#/people', 'People'],
      ['person', `#/people/${person.id}`, 'Maya Chen'],
      ['goals', '#/goals', 'Goals'],
      ['growth', '#/growth', 'Growth'],
      ['trash', '#/trash', 'Trash'],
      ['entry', `#/entry/${entry.id}`, 'Today'],
    ];
    for (const [name, hash, heading] of views) {
      await app.evaluate((h) => void ((globalThis as unknown as PageGlobals).location.hash = h), hash);
      await expect(app.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(app.locator('[aria-busy="true"]')).toHaveCount(0);
      await settled(app);
      expect(await unnamedControls(app), `controls without a name on ${name}`).toEqual([]);
      const overflow = await app.evaluate(() => {
        const { document } = globalThis as unknown as PageGlobals;
        return document.documentElement.scrollWidth - document.documentElement.clientWidth;
      });
      expect(overflow, `sideways overflow on ${name}`).toBeLessThanOrEqual(0);
      await app.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`) });
    }
    const background = await app.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
      return getComputedStyle(document.body).backgroundColor;
    });
    expect(background).toBe(scheme === 'dark' ? 'rgb(21, 22, 24)' : 'rgb(247, 246, 243)');
  });
}
