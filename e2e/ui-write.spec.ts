/** Writing on the Today view: level, mentions, tags, autosave, backfill, conflicts and failed saves. */
import type { Page } from '@playwright/test';
import type { Entry, EntrySummary, Page as ResultPage, SearchHit, StakeholderSummary } from '../common/contract';
import { expect, test } from './fixtures';
import { composer, doc, localDay, openView, value } from './ui-helpers';

test('an entry written with a level, a mention and a tag is all there after a reload', async ({ app }) => {
  const ana = await value<StakeholderSummary>(app, 'people:create', { name: 'Ana Lopez', direction: 'up' });
  await app.reload();
  const region = await composer(app);
  const editor = region.getByRole('textbox', { name: 'What did you do?' });

  await editor.click();
  await app.keyboard.type('Shipped the billing migration, demoed to ');
  await app.keyboard.type('@Ana');
  await expect(app.getByRole('option', { name: /Ana Lopez/ })).toBeVisible();
  await app.keyboard.press('Enter');
  await app.keyboard.type('and #Billing ops');
  await region.getByRole('radio', { name: 'Project' }).click();
  await region.getByRole('combobox', { name: 'How Ana Lopez saw it' }).selectOption('demo');

  // Who saw it and the tag follow the text before anything is saved.
  await expect(region.getByRole('list', { name: 'Who saw it' })).toContainText('Ana Lopez');
  await expect(region.getByRole('list', { name: 'Tags' })).toContainText('#billing');
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await app.reload();
  await composer(app);
  const card = app.getByRole('article').filter({ hasText: 'Shipped the billing migration' });
  await expect(card).toContainText('Project');
  await expect(card).toContainText('@Ana Lopez');
  await expect(card).toContainText('Seen by Ana Lopez (demo)');
  await expect(card).toContainText('#billing');

  const page = await value<ResultPage<EntrySummary>>(app, 'entries:list', { stakeholders: [ana.id] });
  expect(page.items).toHaveLength(1);
  expect(page.items[0]).toMatchObject({
    ownershipLevel: 'project',
    tags: ['billing'],
    seenBy: [{ stakeholderId: ana.id, channel: 'demo' }],
  });
});

test('a person mentioned for the first time is added to the people list, and removing the mention takes them off the entry', async ({ app }) => {
  const region = await composer(app);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Reviewed the plan with @Dana');
  await app.getByRole('option', { name: /Add “Dana” as a new person/ }).click();
  await expect(region.getByRole('list', { name: 'Who saw it' })).toContainText('Dana');
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const people = await value<StakeholderSummary[]>(app, 'people:list', {});
  const dana = people.find((p) => p.name === 'Dana');
  expect(dana).toBeDefined();

  // Delete the mention: the person leaves the list without any question.
  await app.keyboard.press('Backspace');
  await app.keyboard.press('Backspace');
  await expect(region.getByText('Nobody yet.')).toBeVisible();
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect
    .poll(async () => (await value<ResultPage<EntrySummary>>(app, 'entries:list', { stakeholders: [dana!.id] })).items.length)
    .toBe(0);
});

test('typing on while a new person is being added keeps the text whole and mentions them in place', async ({ app }) => {
  const region = await composer(app);
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await app.route('**/api/people:create', async (route) => {
    await held; // the journal is slow to answer
    await route.continue();
  });
  const editor = region.getByRole('textbox', { name: 'What did you do?' });
  await editor.click();
  await app.keyboard.type('Paired with @Noor');
  await app.getByRole('option', { name: /Add “Noor” as a new person/ }).click();
  await app.keyboard.type('on the cache layer');
  release();
  await expect(region.getByRole('list', { name: 'Who saw it' })).toContainText('Noor');
  await expect(editor).toHaveText('Paired with @Noor on the cache layer');
  await expect(editor.locator('.mention')).toHaveText('@Noor');
  await expect(editor).toBeFocused();
});

test('autosave survives an immediate reload', async ({ app }) => {
  const region = await composer(app);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Typed just before the window went away');
  await app.reload(); // no pause: the debounce has not fired yet

  await composer(app);
  await expect(app.getByText('Typed just before the window went away').first()).toBeVisible();
  await expect
    .poll(async () => {
      const found = await value<ResultPage<SearchHit>>(app, 'entries:search', { query: 'window went away' });
      return found.items.length;
    })
    .toBe(1);
});

test('a first save whose answer was lost is neither lost nor written twice', async ({ app }) => {
  const region = await composer(app);
  // The create reaches the journal, but the reply never reaches the page.
  await app.route('**/api/entries:create', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Answer lost on the way');
  const error = region.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(error).toBeVisible();
  await app.unroute('**/api/entries:create');

  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.press('End');
  await app.keyboard.type(', then more');
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await app.reload();
  await composer(app);
  const found = await value<ResultPage<SearchHit>>(app, 'entries:search', { query: 'answer lost' });
  expect(found.items.map((h) => h.entry.excerpt)).toEqual(['Answer lost on the way, then more']);
});

test('a window reloaded after a first save whose answer was lost goes on with that entry, not a copy', async ({ app }) => {
  const region = await composer(app);
  // Every create reaches the journal and loses its answer, also after the reload: the page
  // can only go on by finding the entry under the id it chose.
  await app.route('**/api/entries:create', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Reloaded before the answer came');
  await expect(region.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await app.reload();

  const again = await composer(app);
  const editor = again.getByRole('textbox', { name: 'What did you do?' });
  await expect(editor).toContainText('Reloaded before the answer came');
  await editor.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' and went on');
  await expect
    .poll(async () => (await value<ResultPage<SearchHit>>(app, 'entries:search', { query: 'reloaded' })).items.map((h) => h.entry.excerpt))
    .toEqual(['Reloaded before the answer came and went on']);
  await app.unroute('**/api/entries:create');
});

test('leaving the page right after typing saves what was typed', async ({ app }) => {
  const region = await composer(app);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Saved on the way out');
  await openView(app, 'Timeline'); // before the pause in typing would have saved it
  await expect(app.getByRole('region', { name: 'Entries' })).toContainText('Saved on the way out');
});

test('a composer left open overnight files the morning’s work under the new day', async ({ app }) => {
  await app.clock.install({ time: new Date(2025, 5, 10, 23, 58) });
  await app.reload();
  const region = await composer(app);
  await expect(region.getByLabel('When it happened')).toHaveValue('2025-06-10');
  await app.clock.fastForward('08:00:00');
  await expect(region.getByLabel('When it happened')).toHaveValue('2025-06-11');
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Sunrise standup notes');
  await app.clock.fastForward(1000);
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const found = await value<ResultPage<SearchHit>>(app, 'entries:search', { query: 'sunrise' });
  expect(found.items.map((e) => e.entry.occurredOn)).toEqual(['2025-06-11']);
});

test('backfilling a date files the entry under that day', async ({ app }) => {
  const region = await composer(app);
  const yesterday = await localDay(app, -1);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Wrote the incident review');
  await region.getByRole('button', { name: 'Yesterday' }).click();
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await region.getByRole('button', { name: 'Done · new entry' }).click();

  const yesterdaySection = app.getByRole('region', { name: 'Yesterday' });
  await expect(yesterdaySection.getByRole('article')).toContainText('Wrote the incident review');

  // An older day, typed into the date field.
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Led the February planning');
  await region.getByLabel('When it happened').fill('2024-02-29');
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Saved for Thursday, February 29, 2024.' })).toBeVisible();

  const onDay = await value<ResultPage<EntrySummary>>(app, 'entries:list', { from: '2024-02-29', to: '2024-02-29' });
  expect(onDay.items.map((e) => e.excerpt)).toEqual(['Led the February planning']);
  const onYesterday = await value<ResultPage<EntrySummary>>(app, 'entries:list', { from: yesterday, to: yesterday });
  expect(onYesterday.items.map((e) => e.excerpt)).toEqual(['Wrote the incident review']);
});

test('an entry changed elsewhere is shown as a conflict, not overwritten', async ({ app }) => {
  const entry = await value<Entry>(app, 'entries:create', { body: doc('Original text'), ownershipLevel: 'task' });
  await app.goto(`${new URL(app.url()).origin}/#/entry/${entry.id}`);
  const editor = app.getByRole('textbox', { name: 'Entry text' });
  await expect(editor).toContainText('Original text');

  // Another window changes it.
  await value<Entry>(app, 'entries:update', { id: entry.id, revision: entry.revision, body: doc('Changed in another window') });

  await editor.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' plus my words');
  await expect(app.getByRole('alert').filter({ hasText: 'This entry was changed somewhere else' })).toBeVisible();
  expect((await value<Entry>(app, 'entries:get', { id: entry.id })).bodyText).toBe('Changed in another window');
  await expect(editor).toContainText('Original text plus my words');

  await app.getByRole('button', { name: 'Keep mine and save it' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect((await value<Entry>(app, 'entries:get', { id: entry.id })).bodyText).toBe('Original text plus my words');
});

test('today’s entries are edited in place', async ({ app }) => {
  await value<Entry>(app, 'entries:create', { body: doc('Wrote the design doc'), ownershipLevel: 'task' });
  await app.reload();
  await composer(app);
  const card = app.getByRole('article').filter({ hasText: 'Wrote the design doc' });
  await card.getByRole('button', { name: 'Edit' }).click();
  const editing = app.getByRole('article', { name: 'Editing entry' });
  const text = editing.getByRole('textbox', { name: 'Entry text' });
  await expect(text).toBeFocused();
  await app.keyboard.press('End');
  await app.keyboard.type(' for the search service');
  await editing.getByRole('radio', { name: 'Milestone' }).click();
  await editing.getByRole('button', { name: 'Done editing' }).click();

  const edited = app.getByRole('article').filter({ hasText: 'Wrote the design doc for the search service' });
  await expect(edited).toContainText('Milestone');
  await app.reload();
  await expect(edited).toContainText('Milestone');
});

async function failSaves(page: Page) {
  await page.route('**/api/entries:create', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'storage', message: 'The disk is full.' } }) }));
}

test('when a save fails the text stays, the error is clear, and retry saves it', async ({ app }) => {
  const region = await composer(app);
  await failSaves(app);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Precious words');
  const error = region.getByRole('alert').filter({ hasText: 'Not saved: The disk is full.' });
  await expect(error).toBeVisible();
  await expect(region.getByRole('textbox', { name: 'What did you do?' })).toContainText('Precious words');

  await app.unroute('**/api/entries:create');
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const found = await value<ResultPage<SearchHit>>(app, 'entries:search', { query: 'precious' });
  expect(found.items).toHaveLength(1);
});
