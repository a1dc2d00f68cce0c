/** Self-reviews in the browser host: generate for a period, edit, regenerate, export, follow links, own templates. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Entry, Review } from '../common/contract';
import { expect, test } from './fixtures';
import { doc, openView, value } from './ui-helpers';

interface Seeded {
  first: Entry;
  last: Entry;
}

/** Two entries on the first and last day of Q1 2025, and two just outside it. */
async function seed(app: Page): Promise<Seeded> {
  const first = await value<Entry>(app, 'entries:create', {
    body: doc('Kicked off the billing migration'),
    ownershipLevel: 'project',
    occurredOn: '2025-01-01',
    impact: 'Cut invoice errors by half',
    starred: true,
  });
  const last = await value<Entry>(app, 'entries:create', {
    body: doc('Shipped the onboarding redesign'),
    ownershipLevel: 'value',
    occurredOn: '2025-03-31',
    tags: ['design'],
  });
  await value<Entry>(app, 'entries:create', { body: doc('Too early: tidied old dashboards'), ownershipLevel: 'task', occurredOn: '2024-12-31' });
  await value<Entry>(app, 'entries:create', { body: doc('Too late: planned the offsite'), ownershipLevel: 'milestone', occurredOn: '2025-04-01' });
  return { first, last };
}

/** Opens "New review" and chooses a custom range. */
async function newReviewForRange(app: Page, from: string, to: string): Promise<void> {
  await openView(app, 'Reviews');
  await app.getByRole('link', { name: 'New review' }).click();
  await expect(app.getByRole('heading', { name: 'New review', level: 1 })).toBeVisible();
  await app.getByRole('radio', { name: 'Custom range' }).check();
  await app.getByLabel('First day').fill(from);
  await app.getByLabel('Last day').fill(to);
}

async function generate(app: Page): Promise<string> {
  await app.getByRole('button', { name: 'Generate review' }).click();
  await expect(app).toHaveURL(/#\/reviews\/[0-9a-f-]{36}$/);
  return /#\/reviews\/([0-9a-f-]{36})$/.exec(app.url())![1]!;
}

const reviewText = (app: Page) => app.getByRole('textbox', { name: 'Review text' });

test('a review generated for a custom range includes both edge days, leaves out the days around them, and survives a reload', async ({ app }) => {
  await seed(app);
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  await app.getByLabel('Title').fill('Q1 2025 self-review');
  await generate(app);

  const text = reviewText(app);
  await expect(text.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Highlights' })).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Scope growth' })).toBeVisible();
  await expect(text).toContainText('Kicked off the billing migration. Cut invoice errors by half. Project, 1 Jan 2025');
  await expect(text).toContainText('Shipped the onboarding redesign');
  await expect(text).toContainText('2 entries on 2 days journaled');
  await expect(text).not.toContainText('Too early');
  await expect(text).not.toContainText('Too late');

  await app.reload();
  await expect(app.getByLabel('Title')).toHaveValue('Q1 2025 self-review');
  await expect(reviewText(app)).toContainText('Shipped the onboarding redesign');
  await app.getByRole('link', { name: '← All reviews' }).click();
  const list = app.getByRole('list', { name: 'Saved reviews' });
  await expect(list.getByRole('link', { name: 'Q1 2025 self-review' })).toBeVisible();
  await expect(list).toContainText('Jan 1, 2025 – Mar 31, 2025'); // en-US, the default locale
});

test('generating an edited review again asks first: cancelling keeps the edits, confirming replaces them', async ({ app }) => {
  await seed(app);
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  const id = await generate(app);

  const text = reviewText(app);
  await text.getByRole('heading', { name: 'Summary' }).click();
  await app.keyboard.press('End');
  await app.keyboard.type(' in my own words');
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await app.getByRole('button', { name: 'Generate again' }).click();
  const dialog = app.getByRole('dialog', { name: 'Replace your edits?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(text.getByRole('heading', { name: 'Summary in my own words' })).toBeVisible();
  expect(JSON.stringify((await value<Review>(app, 'reviews:get', { id })).document)).toContain('Summary in my own words');

  // The edit is still there after a reload, and an export carries what the draft shows.
  await app.reload();
  await expect(text.getByRole('heading', { name: 'Summary in my own words' })).toBeVisible();
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export Markdown' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('## Summary in my own words');

  await app.getByRole('button', { name: 'Generate again' }).click();
  await dialog.getByRole('button', { name: 'Replace my edits' }).click();
  await expect(text.getByRole('heading', { name: 'Summary', exact: true })).toBeVisible();
  await expect(text).not.toContainText('in my own words');
  const stored = await value<Review>(app, 'reviews:get', { id });
  expect(stored.edited).toBe(false);
  expect(JSON.stringify(stored.document)).not.toContain('in my own words');
});

test('Export Markdown downloads a file with the review’s entries, each linked to its entry', async ({ app }) => {
  const { first, last } = await seed(app);
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  await app.getByLabel('Title').fill('Q1 review');
  await generate(app);

  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export Markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('q1-review.md');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toMatch(/^# Q1 review/);
  expect(markdown).toContain('## Highlights');
  // Links resolve inside the file: each cited entry has an item in the Evidence appendix.
  expect(markdown).toContain(`[Kicked off the billing migration](<#entry-${first.id}>)`);
  expect(markdown).toContain(`<a id="entry-${first.id}"></a>`);
  expect(markdown).toContain(`<a id="entry-${last.id}"></a>`);
  expect(markdown).toContain('## Evidence');
  expect(markdown).not.toContain('scopebook:');
  expect(markdown).not.toContain('Too early');
  expect(markdown).not.toContain('Too late');
});

test('an entry link in the review opens that entry inside the app', async ({ app }) => {
  const { first } = await seed(app);
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  await generate(app);

  const highlights = reviewText(app).getByRole('list').nth(1);
  await highlights.getByRole('link', { name: 'Kicked off the billing migration' }).click();
  await expect(app).toHaveURL(new RegExp(`#/entry/${first.id}$`));
  await expect(app.getByRole('textbox', { name: 'Entry text' })).toContainText('Kicked off the billing migration');
});

test('an own template with a section turned off and moved is saved, offered later, and leaves that section out', async ({ app }) => {
  await seed(app);
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  await app.getByLabel('Template', { exact: true }).selectOption({ label: 'Self-review: ownership and visibility' });
  const sections = app.getByRole('list', { name: 'Sections' });
  await sections.getByRole('checkbox', { name: /^Highlights/ }).uncheck();
  // Scope growth (third) moves above Summary (first).
  await app.getByRole('button', { name: 'Move “Scope growth” up' }).click();
  await app.getByRole('button', { name: 'Move “Scope growth” up' }).click();
  await app.getByLabel('Save these sections as your template').fill('Lean review');
  await app.getByRole('button', { name: 'Save template' }).click();
  await expect(app.getByText('Saved your template “Lean review”.')).toBeVisible();

  // Later: a fresh form offers the template with the section still off.
  await app.reload();
  await app.getByRole('radio', { name: 'Custom range' }).check();
  await app.getByLabel('First day').fill('2025-01-01');
  await app.getByLabel('Last day').fill('2025-03-31');
  await app.getByLabel('Template', { exact: true }).selectOption({ label: 'Lean review' });
  await expect(sections.getByRole('checkbox', { name: /^Highlights/ })).not.toBeChecked();
  await generate(app);

  const text = reviewText(app);
  await expect(text.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Highlights' })).toHaveCount(0);
  const headings = await text.getByRole('heading').allTextContents();
  expect(headings.indexOf('Scope growth')).toBeLessThan(headings.indexOf('Summary'));
  await expect(app.locator('.subtitle')).toContainText('Lean review');
});

test('Copy puts rich text with a Markdown twin on the clipboard, and printing shows only the review', async ({ app, webHost }) => {
  await seed(app);
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webHost.origin });
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  await app.getByLabel('Title').fill('Q1 review');
  await generate(app);
  // Scope growth: one line per level present, its count linking to that level on the timeline.
  await expect(reviewText(app).getByRole('link', { name: '1 entry' }).first()).toBeVisible();
  await expect(reviewText(app)).toContainText('Product value: 50% (1 entry), was 0%.');

  await app.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(app.getByText('Copied as rich text')).toBeVisible();
  const copied = await app.evaluate(async () => {
    // Runs in the page (the e2e project is typed without the DOM library).
    const page = globalThis as unknown as { navigator: { clipboard: { read(): Promise<{ getType(type: string): Promise<Blob> }[]> } } };
    const [item] = await page.navigator.clipboard.read();
    return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
  });
  // Pasted elsewhere, in-file anchors would point at this page: the text is kept, the Evidence list comes along.
  expect(copied.html).toContain('Kicked off the billing migration');
  expect(copied.html).not.toMatch(/href="[^"]*#entry-/);
  expect(copied.html).toContain('Evidence</h2>');
  expect(copied.html).not.toContain('<style');
  expect(copied.text).toMatch(/^# Q1 review/);
  expect(copied.text).toContain('## Highlights');

  await app.emulateMedia({ media: 'print' });
  await expect(reviewText(app)).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Q1 review', level: 1 })).toBeVisible();
  await expect(app.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(app.getByRole('button', { name: 'Generate again' })).toBeHidden();
  await expect(app.getByRole('toolbar', { name: 'Formatting' })).toBeHidden();
  await app.emulateMedia({ media: 'screen' });
  await expect(app.getByRole('navigation', { name: 'Views' })).toBeVisible();
});

test('praise recorded in the period is quoted in the generated review, with who said it and a link to its entry', async ({ app }) => {
  const { first } = await seed(app);
  const alice = await value<{ id: string }>(app, 'people:create', { name: 'Alice Manager', direction: 'up' });
  await value(app, 'praise:create', {
    words: 'The billing migration kickoff was superb',
    fromStakeholderId: alice.id,
    receivedOn: '2025-03-31',
    channel: 'one-on-one',
    entryId: first.id,
  });
  await value(app, 'praise:create', { words: 'Praise from April', fromName: 'Someone', receivedOn: '2025-04-01' });
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  await generate(app);

  const text = reviewText(app);
  await expect(text.getByRole('heading', { name: 'Praise and feedback' })).toBeVisible();
  const item = text.getByRole('listitem').filter({ hasText: '“The billing migration kickoff was superb”' });
  await expect(item).toContainText('Alice Manager (Up) · 31 Mar 2025 · One-on-one · about');
  await item.getByRole('link', { name: 'Kicked off the billing migration' }).click();
  await expect(app).toHaveURL(new RegExp(`#/entry/${first.id}$`));
  await app.goBack();
  await expect(reviewText(app)).not.toContainText('Praise from April');
});

test('a section from another template can be added to the chosen one and shows in the draft', async ({ app }) => {
  await seed(app);
  await newReviewForRange(app, '2025-01-01', '2025-03-31');
  await app.getByLabel('Template', { exact: true }).selectOption({ label: 'Self-review: ownership and visibility' });
  const sections = app.getByRole('list', { name: 'Sections' });
  await expect(sections.getByRole('checkbox', { name: /^Design & documentation/ })).toHaveCount(0);
  await app.getByLabel('Add a section').selectOption({ label: 'Design & documentation' });
  await app.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(sections.getByRole('checkbox', { name: /^Design & documentation/ })).toBeChecked();
  await expect(app.getByLabel('Add a section').locator('option', { hasText: 'Design & documentation' })).toHaveCount(0);
  await generate(app);

  // The redesign entry is tagged "design", so the added section has it.
  const text = reviewText(app);
  await expect(text.getByRole('heading', { name: 'Design & documentation' })).toBeVisible();
  const headings = await text.getByRole('heading').allTextContents();
  expect(headings.at(-1)).toBe('Design & documentation');
});

test('the new-review form names the quiet months of the period and backfills one in a click', async ({ app }) => {
  // Six entries each in January and June; February to May have one between them.
  const days = ['01', '02', '03', '04', '05', '06'].flatMap((d) => [`2025-01-${d}`, `2025-06-${d}`]);
  for (const day of [...days, '2025-04-02']) {
    await value<Entry>(app, 'entries:create', { body: doc(`Work on ${day}`), ownershipLevel: 'project', occurredOn: day });
  }
  await newReviewForRange(app, '2025-01-01', '2025-06-30');
  const quiet = app.getByRole('status', { name: 'Quiet months' });
  await expect(quiet).toContainText('February, March, April and May have 1 entry between them: add what you did then.');
  await quiet.getByRole('button', { name: 'Write an entry for the week of 1 Feb' }).click();
  await expect(app).toHaveURL(/#\/entry\/[0-9a-f-]{36}$/);
  const id = /#\/entry\/([0-9a-f-]{36})$/.exec(app.url())![1]!;
  expect((await value<Entry>(app, 'entries:get', { id })).occurredOn).toBe('2025-02-01');
});
