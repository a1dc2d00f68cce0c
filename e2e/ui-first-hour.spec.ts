/**
 * What a new user hits in the first hour (issue 17): nothing they wrote or imported is
 * silently changed, and onboarding scaffolding never counts as their work.
 */
import type { Page } from '@playwright/test';
import type { Entry, ImportResult } from '../common/contract';
import { expect, test } from './fixtures';
import { value } from './ui-helpers';

/** Imports a jrnl JSON file through the contract; its entries come in unrated. */
async function importJrnl(page: Page, entries: object[]): Promise<void> {
  const base64 = Buffer.from(JSON.stringify({ tags: {}, entries })).toString('base64');
  const done = await value<ImportResult>(page, 'data:importCommitUpload', { name: 'jrnl.json', base64 });
  expect(done.imported).toBe(entries.length);
}

async function onlyEntry(page: Page, query: string): Promise<Entry> {
  const found = await value<{ items: { entry: { id: string } }[] }>(page, 'entries:search', { query, limit: 5 });
  expect(found.items).toHaveLength(1);
  return value<Entry>(page, 'entries:get', { id: found.items[0]!.entry.id });
}

test('an unrated imported entry opens with its level not set, and an edit keeps it unrated', async ({ app }) => {
  await importJrnl(app, [{ title: 'Fixed the invoice rounding.', body: 'Two customers had noticed.', date: '2024-05-02', time: '10:00', tags: [], starred: false }]);
  const entry = await onlyEntry(app, 'rounding');
  expect(entry.ownershipLevel).toBeNull();
  await app.goto(`${new URL(app.url()).origin}/#/entry/${entry.id}`);
  const levels = app.getByRole('radiogroup', { name: 'Ownership' });
  await expect(levels.getByRole('radio')).toHaveCount(5);
  for (const radio of await levels.getByRole('radio').all()) await expect(radio).toHaveAttribute('aria-checked', 'false');
  await expect(app.getByTestId('level-not-set')).toContainText('Not set');

  // Editing the text saves the text, not a level nobody chose.
  const editor = app.getByRole('textbox', { name: 'Entry text' });
  await editor.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' Added a test.');
  await expect.poll(async () => (await value<Entry>(app, 'entries:get', { id: entry.id })).bodyText).toContain('Added a test.');
  expect((await value<Entry>(app, 'entries:get', { id: entry.id })).ownershipLevel).toBeNull();

  // Picking one sets it.
  await levels.getByRole('radio', { name: 'Project' }).click();
  await expect.poll(async () => (await value<Entry>(app, 'entries:get', { id: entry.id })).ownershipLevel).toBe('project');
  await expect(app.getByTestId('level-not-set')).toHaveCount(0);
});
