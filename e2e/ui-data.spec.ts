/** Backups and data: back up, restore, export, import a jrnl file, and triage what came in. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupInfo, Entry, EntrySummary, ImportResult, Page as EntryPage } from '../common/contract';
import { STEP_DELAY_ENV } from '../main/core/jobs/protocol';
import { expect, startWebHostProcess, test, type WebHostProcess } from './fixtures';
import { composer, doc, localDay, openView, value } from './ui-helpers';

const JRNL = {
  tags: { '@launch': 2 },
  entries: [
    { title: 'Shipped the billing export.', body: 'Customers can now export invoices @launch.', date: '2024-03-05', time: '17:30', tags: ['@launch'], starred: true, uuid: 'J1' },
    { title: 'Ran the incident review.', body: 'Wrote up the outage timeline.', date: '2024-03-07', time: '10:00', tags: [], starred: false, uuid: 'J2' },
    { title: 'Paired on the rollout plan.', body: '', date: '2024-04-02', time: '09:15', tags: ['@launch'], starred: false },
  ],
};
const jrnlFile = { name: 'jrnl-export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(JRNL)) };

/** How many entries match, asked through the contract. */
const count = async (app: Page, filter: object = {}) => (await value<{ count: number }>(app, 'entries:count', filter)).count;

test('Back up now adds a verified backup to the list', async ({ app }) => {
  await app.goto(`${new URL(app.url()).origin}/#/data`);
  const table = app.getByRole('table');
  // The host took today's automatic backup when it started.
  await expect(table.getByRole('row').filter({ hasText: 'Daily' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Taken by you' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Back up now' }).click();
  const mine = table.getByRole('row').filter({ hasText: 'Taken by you' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Verified');
  const { backups } = await value<{ backups: BackupInfo[] }>(app, 'data:backups', {});
  expect(backups.filter((b) => b.kind === 'manual')).toHaveLength(1);
});

test('a jrnl file imports through the page after a preview, and importing it again adds nothing', async ({ app }) => {
  // The first-run example entry is written once the app opens: counted before, not during, the test.
  await composer(app);
  await app.goto(`${new URL(app.url()).origin}/#/data/import`);
  const before = await count(app);
  await app.getByLabel('File to import').setInputFiles(jrnlFile);
  const preview = app.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('jrnl-export.json');
  await expect(preview.getByRole('definition').first()).toHaveText('3');
  await expect(preview).toContainText('#launch (2)');
  // The preview wrote nothing.
  expect(await count(app)).toBe(before);

  await preview.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Imported 3 entries' }).first()).toBeVisible();
  expect(await count(app)).toBe(before + 3);
  expect(await count(app, { unrated: true })).toBe(3);

  await openView(app, 'Timeline');
  const entries = app.getByRole('region', { name: 'Entries' });
  await expect(entries).toContainText('Customers can now export invoices');
  await expect(entries).toContainText('Wrote up the outage timeline.');

  await app.goto(`${new URL(app.url()).origin}/#/data/import`);
  await app.getByLabel('File to import').setInputFiles(jrnlFile);
  const again = app.getByRole('region', { name: 'Import preview' });
  await expect(again).toContainText('Nothing new to import');
  await expect(again.getByRole('definition').nth(1)).toHaveText('3');
  await expect(again.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  expect(await count(app)).toBe(before + 3);
});

test('a broken file gets an error naming it, and nothing is imported', async ({ app }) => {
  // The first-run example entry is written once the app opens: counted before, not during, the test.
  await composer(app);
  await app.goto(`${new URL(app.url()).origin}/#/data/import`);
  const before = await count(app);
  await app.getByLabel('File to import').setInputFiles({ name: 'half-written.json', mimeType: 'application/json', buffer: Buffer.from('{"entries": [{"title": "x",') });
  const alert = app.getByRole('alert');
  await expect(alert).toContainText('half-written.json');
  await expect(app.getByRole('region', { name: 'Import preview' })).toHaveCount(0);
  // A file whose entry has a wrong type: the error names the file and the field.
  const wrong = { entries: [{ title: 'ok', body: 'fine', date: '2024-13-45', time: '10:00', tags: [], starred: false }] };
  await app.getByLabel('File to import').setInputFiles({ name: 'bad-date.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await expect(alert).toContainText('bad-date.json');
  expect(await count(app)).toBe(before);
});

test('triage sets levels with the keyboard and counts down', async ({ app }) => {
  const base64 = jrnlFile.buffer.toString('base64');
  const imported = await value<ImportResult>(app, 'data:importCommitUpload', { name: 'jrnl-export.json', base64 });
  expect(imported.imported).toBe(3);
  await app.goto(`${new URL(app.url()).origin}/#/data/triage`);
  await expect(app.getByText('3 left to rate')).toBeVisible();
  const card = app.getByRole('group', { name: 'Entry to rate' });
  await expect(card).toBeVisible();
  // jrnl's title is the entry's first paragraph.
  const firstLine = () => card.locator('.triage-body p').first();
  const firstTitle = (await firstLine().textContent())!;
  await expect(card).toBeFocused();
  await app.keyboard.press('3');
  await expect(app.getByText('2 left to rate')).toBeVisible();
  await expect(firstLine()).not.toHaveText(firstTitle);

  // Star, then rate with the button.
  await app.keyboard.press('s');
  await expect(card.getByRole('button', { name: /Starred/ })).toHaveAttribute('aria-pressed', 'true');
  const secondTitle = (await firstLine().textContent())!;
  await card.getByRole('button', { name: /Business leverage/ }).click();
  await expect(app.getByText('1 left to rate')).toBeVisible();

  const rated = await value<EntryPage<EntrySummary>>(app, 'entries:list', { levels: ['project', 'leverage'], limit: 10 });
  const byTitle = new Map(rated.items.map((e) => [JRNL.entries.find((j) => e.excerpt.startsWith(j.title))?.title, e]));
  expect(byTitle.get(firstTitle)?.ownershipLevel).toBe('project');
  expect(byTitle.get(secondTitle)?.ownershipLevel).toBe('leverage');
  expect(byTitle.get(secondTitle)?.starred).toBe(true);
  expect(await count(app, { unrated: true })).toBe(1);
});

test('restoring a backup brings back an entry deleted after it, keeping a backup of the journal as it was', async ({ app }) => {
  const kept = await value<Entry>(app, 'entries:create', { body: doc('Negotiated the vendor contract'), ownershipLevel: 'value' });
  await value<BackupInfo>(app, 'data:backupNow', {});
  await value<Entry>(app, 'entries:delete', { id: kept.id });
  await value<Entry>(app, 'entries:purge', { ids: [kept.id] });
  expect((await value<EntryPage<EntrySummary>>(app, 'entries:list', { trash: true })).items).toEqual([]);

  await app.goto(`${new URL(app.url()).origin}/#/data`);
  const row = app.getByRole('row').filter({ hasText: 'Taken by you' });
  await row.getByRole('button', { name: /Restore/ }).click();
  const dialog = app.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('backed up first');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  // The page reloads with the restored journal.
  await expect(app.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await openView(app, 'Timeline');
  await expect(app.getByRole('region', { name: 'Entries' })).toContainText('Negotiated the vendor contract');
});

test('in the browser, exports are downloads: no path to type, nothing written beside the journal', async ({ app, webHost }) => {
  await value<Entry>(app, 'entries:create', { body: doc('Mentored two new engineers'), ownershipLevel: 'leverage' });
  await app.goto(`${new URL(app.url()).origin}/#/data/export`);
  const form = app.getByRole('form', { name: 'Export Whole journal (JSON)' });
  await expect(form.getByRole('textbox')).toHaveCount(0);
  const before = readdirSync(webHost.dataDir).sort();
  const [download] = await Promise.all([app.waitForEvent('download'), form.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('scopebook-journal.json');
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toMatchObject({ format: 'scopebook-journal', entries: expect.arrayContaining([expect.objectContaining({ bodyText: expect.stringContaining('Mentored two new engineers') })]) });

  const html = app.getByRole('form', { name: 'Export Brag document (HTML)' });
  const [page] = await Promise.all([app.waitForEvent('download'), html.getByRole('button', { name: 'Download' }).click()]);
  expect(page.suggestedFilename()).toBe('brag.html');
  expect(readFileSync(await page.path(), 'utf8')).toContain('Mentored two new engineers');
  // A bad year gets a clear error in place.
  await html.getByLabel('Year').fill('26');
  await html.getByRole('button', { name: 'Download' }).click();
  await expect(html.getByRole('alert')).toContainText('four digits');
  expect(readdirSync(webHost.dataDir).sort()).toEqual(before);
});

test('unsaved text kept in the browser is listed, and its link brings it back into the editor', async ({ app }) => {
  const day = await localDay(app);
  await app.goto(`${new URL(app.url()).origin}/#/data`);
  // As if the window had gone away while the composer held unsaved text: the draft is in storage.
  await app.evaluate((d) => {
    const draft = {
      entryId: null,
      revision: null,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Typed just before the crash' }] }] },
      meta: { ownershipLevel: 'milestone', occurredOn: d, impact: '', starred: false, tags: [], seenBy: [], goalId: null },
      savedAt: new Date().toISOString(),
    };
    const page = globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } };
    page.localStorage.setItem('scopebook.draft.composer', JSON.stringify(draft));
  }, day);
  await app.reload();
  const drafts = app.getByRole('region', { name: 'Unsaved drafts' });
  await expect(drafts).toContainText('Typed just before the crash');
  await drafts.getByRole('link', { name: /New entry/ }).click();
  const region = app.getByRole('region', { name: 'Write an entry' });
  await expect(region.getByRole('textbox', { name: 'What did you do?' })).toContainText('Typed just before the crash');
});

test('an Obsidian folder imports by its path, with its warnings shown first', async ({ app, webHost }) => {
  const vault = join(webHost.dataDir, 'vault');
  mkdirSync(join(vault, 'Daily'), { recursive: true });
  writeFileSync(join(vault, 'Daily', '2024-03-04.md'), '---\ntags: [planning]\n---\nPlanned the roadmap with the team.\n');
  writeFileSync(join(vault, 'Daily', '2024-03-05.md'), 'Shipped the release #release\n');
  writeFileSync(join(vault, 'Ideas.md'), 'not a daily note');
  await composer(app);
  await app.goto(`${new URL(app.url()).origin}/#/data/import`);
  const before = await count(app);
  const form = app.getByRole('form', { name: 'Import from a path' });
  await form.getByLabel(/Or a path on this computer/).fill(vault);
  await form.getByRole('button', { name: 'Preview' }).click();
  const preview = app.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Obsidian');
  await expect(preview).toContainText('not daily notes');
  await expect(preview.getByRole('definition').first()).toHaveText('2');
  await preview.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Imported 2 entries' }).first()).toBeVisible();
  expect(await count(app)).toBe(before + 2);
});

// ---------------------------------------------------------------- long work: progress and cancel (jobs)

/**
 * A browser host whose jobs pause `stepDelayMs` at every progress step (every 200 entries), via
 * the test-only SCOPEBOOK_TEST_JOB_STEP_DELAY_MS, so progress and Cancel can be seen without
 * racing the export. The pause ends at once on cancel. Stopped and removed when the test ends.
 */
async function slowHost(page: Page, stepDelayMs: number): Promise<WebHostProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scopebook-e2e-jobs-'));
  process.env[STEP_DELAY_ENV] = String(stepDelayMs);
  let host: WebHostProcess;
  try {
    host = await startWebHostProcess(dataDir);
  } finally {
    delete process.env[STEP_DELAY_ENV];
  }
  onCleanup(async () => {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  await page.goto(host.url);
  await expect(page).toHaveTitle('Scopebook');
  return host;
}

const cleanups: (() => Promise<void>)[] = [];
function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}
test.afterEach(async () => {
  for (const fn of cleanups.splice(0)) await fn();
});

/** Adds `n` entries in one import (a jrnl file sent through the contract). */
async function seedEntries(page: Page, n: number): Promise<void> {
  const entries = Array.from({ length: n }, (_, i) => ({
    title: `Closed ticket ${i}.`,
    body: `Fixed the flaky build step number ${i}.`,
    date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    time: '09:00',
    tags: [],
    starred: false,
    uuid: `seed-${i}`,
  }));
  const base64 = Buffer.from(JSON.stringify({ tags: {}, entries })).toString('base64');
  const done = await value<ImportResult>(page, 'data:importCommitUpload', { name: 'seed.json', base64 });
  expect(done.imported).toBe(n);
}

test('a long export shows its progress in entries and completes', async ({ page }) => {
  const host = await slowHost(page, 100);
  await seedEntries(page, 3000);
  const total = await count(page);
  expect(total).toBeGreaterThanOrEqual(3000);
  const totalText = total.toLocaleString('en-US');
  await page.goto(`${host.origin}/#/data/export`);
  const form = page.getByRole('form', { name: 'Export Whole journal (JSON)' });
  const downloaded = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download' }).click();

  const bar = form.getByRole('progressbar', { name: 'Exporting: progress' });
  await expect(bar).toBeVisible();
  // Part-way: some entries done, the total known, said in words next to the bar.
  await expect(form.locator('.job-progress-text')).toHaveText(new RegExp(`^[1-9][\\d,]* of ${totalText} entries$`));
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeVisible();

  const download = await downloaded;
  await expect(bar).toHaveCount(0);
  expect((JSON.parse(readFileSync(await download.path(), 'utf8')) as { entries: unknown[] }).entries).toHaveLength(total);
});

test('cancelling an export says nothing was written, and no file is left', async ({ page }) => {
  const host = await slowHost(page, 2000);
  await seedEntries(page, 2000);
  const total = await count(page);
  await page.goto(`${host.origin}/#/data/export`);
  const form = page.getByRole('form', { name: 'Export Brag document (HTML)' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await form.getByRole('button', { name: 'Download' }).click();
  await expect(form.locator('.job-progress-text')).toHaveText(new RegExp(`^[1-9][\\d,]* of ${total.toLocaleString('en-US')} entries$`));

  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form.getByRole('status')).toHaveText('Cancelled: nothing was written.');
  // The Cancel button is gone; the focus moved to the message rather than being lost.
  await expect(form.getByRole('status')).toBeFocused();
  await expect(form.getByRole('progressbar')).toHaveCount(0);
  expect(downloads).toBe(0);
  expect(readdirSync(host.dataDir).filter((f) => f.includes('brag'))).toEqual([]);
  // The journal is untouched and the form works again.
  expect(await count(page)).toBe(total);
  await expect(form.getByRole('button', { name: 'Download' })).toBeEnabled();
});
