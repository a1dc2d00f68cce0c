/**
 * What a new user hits in the first hour (issue 17): nothing they wrote or imported is
 * silently changed, and onboarding scaffolding never counts as their work.
 */
import type { Page } from '@playwright/test';
import type { Entry, EntrySummary, ImportResult, Review } from '../common/contract';
import { expect, test } from './fixtures';
import { composer, doc, localDay, openView, value } from './ui-helpers';

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

test('in the review editor, a new line typed after an italic line is not italic', async ({ app }) => {
  await value<Entry>(app, 'entries:create', { body: doc('Kicked off the billing migration'), ownershipLevel: 'project', occurredOn: '2025-01-10' });
  await openView(app, 'Reviews');
  await app.getByRole('link', { name: 'New review' }).click();
  await app.getByRole('radio', { name: 'Custom range' }).check();
  await app.getByLabel('First day').fill('2025-01-01');
  await app.getByLabel('Last day').fill('2025-03-31');
  await app.getByRole('button', { name: 'Generate review' }).click();
  await expect(app).toHaveURL(/#\/reviews\/[0-9a-f-]{36}$/);
  const id = /#\/reviews\/([0-9a-f-]{36})$/.exec(app.url())![1]!;
  const text = app.getByRole('textbox', { name: 'Review text' });

  // The generated draft has lines in italics (e.g. "Shares of 1 rated entry."): type a new line after one.
  const italicLine = text.locator('p').filter({ has: app.locator('em') }).last();
  await expect(italicLine).toBeVisible();
  await italicLine.click();
  await app.keyboard.press('End');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Plain words after it');
  await expect(text.locator('p', { hasText: 'Plain words after it' })).toBeVisible();
  await expect(text.locator('p', { hasText: 'Plain words after it' }).locator('em')).toHaveCount(0);
  await expect
    .poll(async () => JSON.stringify((await value<Review>(app, 'reviews:get', { id })).document))
    .toContain('"text":"Plain words after it"}');
  const stored = JSON.stringify((await value<Review>(app, 'reviews:get', { id })).document);
  expect(stored).not.toMatch(/\{"type":"text","marks":\[\{"type":"italic"\}\],"text":"Plain words after it"/);
});

test('a day in the future is asked about once: keep it, or go back to today', async ({ app }) => {
  const region = await composer(app);
  const inThreeMonths = await localDay(app, 91);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Planned the offsite');
  await region.getByLabel('When it happened').fill(inThreeMonths);
  const question = region.getByRole('alert').filter({ hasText: 'keep it?' });
  await expect(question).toContainText('That is in 3 months — keep it?');
  await question.getByRole('button', { name: /^Keep / }).click();
  await expect(question).toHaveCount(0);
  await expect(region.getByLabel('When it happened')).toHaveValue(inThreeMonths);

  // Asked once: choosing the same day again does not ask again; another future day does, and "Use today" undoes it.
  await region.getByRole('button', { name: 'Today' }).click();
  await region.getByLabel('When it happened').fill(inThreeMonths);
  await expect(region.getByRole('alert').filter({ hasText: 'keep it?' })).toHaveCount(0);
  const tomorrow = await localDay(app, 1);
  await region.getByLabel('When it happened').fill(tomorrow);
  await expect(question).toContainText('That is tomorrow — keep it?');
  await question.getByRole('button', { name: 'Use today' }).click();
  await expect(region.getByLabel('When it happened')).toHaveValue(await localDay(app, 0));
});

test('the first-run example entry never counts: no streak, no gap suggestion, nothing in an update', async ({ app }) => {
  await composer(app);
  const [example] = (await value<{ items: EntrySummary[] }>(app, 'entries:list', {})).items;
  expect(example?.example).toBe(true);
  const today = await localDay(app, 0);
  const activity = await value<{ currentStreak: number }>(app, 'stats:activity', { from: today, to: today, today });
  expect(activity.currentStreak).toBe(0);
  const boss = await value<{ id: string }>(app, 'people:create', { name: 'Mara Boss', direction: 'up' });
  expect(await value<unknown[]>(app, 'visibility:gaps', { today })).toEqual([]);
  const update = await value<{ entryIds: string[] }>(app, 'updates:prepare', { stakeholderId: boss.id, from: shiftDays(today, -30), to: today });
  expect(update.entryIds).toEqual([]);
  await openView(app, 'Timeline');
  await expect(app.getByText('Current streak')).toContainText('Current streak 0 days');
});

function shiftDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00`);
  d.setDate(d.getDate() + n);
  return d.toISOString().slice(0, 10);
}

test('an entry marked confidential is saved so, and is never suggested to anyone', async ({ app }) => {
  const region = await composer(app);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Drafted the vendor cost proposal');
  await region.getByRole('radio', { name: 'Business leverage' }).click();
  await region.getByRole('checkbox', { name: /Confidential/ }).check();
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const found = await value<{ items: { entry: EntrySummary }[] }>(app, 'entries:search', { query: 'vendor', limit: 5 });
  await expect.poll(async () => (await value<{ items: { entry: EntrySummary }[] }>(app, 'entries:search', { query: 'vendor', limit: 5 })).items[0]?.entry.confidential).toBe(true);
  expect(found.items).toHaveLength(1);
  await value(app, 'people:create', { name: 'Olu Partner', direction: 'outside' });
  await value(app, 'people:create', { name: 'Mara Boss', direction: 'up' });
  expect(await value<unknown[]>(app, 'visibility:gaps', { today: await localDay(app, 0) })).toEqual([]);
});

test('renaming a person changes how their mentions read in the editor and the timeline', async ({ app }) => {
  await composer(app);
  const priya = await value<{ id: string }>(app, 'people:create', { name: 'Priya', direction: 'up' });
  const entry = await value<Entry>(app, 'entries:create', {
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Walked ' }, { type: 'mention', attrs: { id: priya.id, label: 'Priya' } }, { type: 'text', text: ' through the rollout' }] }],
    },
    ownershipLevel: 'project',
  });
  await value(app, 'people:update', { id: priya.id, name: 'Priya Shah' });
  await app.goto(`${new URL(app.url()).origin}/#/entry/${entry.id}`);
  const editor = app.getByRole('textbox', { name: 'Entry text' });
  await expect(editor.locator('.mention')).toHaveText('@Priya Shah');
  await openView(app, 'Timeline');
  await expect(app.getByRole('main')).toContainText('Walked @Priya Shah through the rollout');
});

test('a jrnl entry opens with its title as its first line, and Enter after an imported @tag adds no person', async ({ app }) => {
  await composer(app);
  await importJrnl(app, [
    { title: 'Shipped the billing export.', body: 'Customers can now export invoices @launch', date: '2024-03-05', time: '17:30', tags: ['@launch'], starred: false },
  ]);
  const entry = await onlyEntry(app, 'invoices');
  await app.goto(`${new URL(app.url()).origin}/#/entry/${entry.id}`);
  const editor = app.getByRole('textbox', { name: 'Entry text' });
  await expect(editor.locator('p').first()).toHaveText('Shipped the billing export.');
  await expect(editor).toContainText('Customers can now export invoices #launch');
  await editor.focus();
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Next line');
  await expect(editor.locator('p').last()).toHaveText('Next line');
  await expect.poll(async () => (await value<Entry>(app, 'entries:get', { id: entry.id })).bodyText).toContain('Next line');
  expect(await value<unknown[]>(app, 'people:list', {})).toEqual([]);
  expect((await value<Entry>(app, 'entries:get', { id: entry.id })).tags).toEqual(['launch']);
  await openView(app, 'Timeline');
  await expect(app.getByRole('main')).toContainText('Shipped the billing export.');
});

test('the import preview shows the first entries as they will look', async ({ app }) => {
  await app.goto(`${new URL(app.url()).origin}/#/data/import`);
  const jrnl = {
    tags: {},
    entries: [
      { title: 'Ran the incident review.', body: 'Wrote up the outage timeline.', date: '2024-03-07', time: '10:00', tags: [], starred: false },
      { title: 'Shipped the billing export.', body: 'Customers can now export invoices @launch', date: '2024-03-05', time: '17:30', tags: ['@launch'], starred: true },
    ],
  };
  await app.getByLabel('File to import').setInputFiles({ name: 'jrnl.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(jrnl)) });
  const samples = app.getByRole('list', { name: 'First entries to import' }).getByRole('listitem');
  await expect(samples).toHaveCount(2);
  await expect(samples.nth(0)).toContainText('Tuesday, March 5, 2024 · ★ starred · #launch');
  await expect(samples.nth(0).locator('p').first()).toHaveText('Shipped the billing export.');
  await expect(samples.nth(0)).toContainText('Customers can now export invoices #launch');
  await expect(samples.nth(1)).toContainText('Ran the incident review.');
});
