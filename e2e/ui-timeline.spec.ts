/** Browsing: the timeline's filters in the URL (back and forward), search with highlights, and a long journal. */
import type { Entry, StakeholderSummary } from '../common/contract';
import { TOKEN_STORAGE_KEY } from '../common/contract/web';
import { expect, test } from './fixtures';
import { doc, openView, value } from './ui-helpers';

/** The page's own storage, read inside `page.evaluate` (this file is not compiled with the DOM library). */
declare const sessionStorage: { getItem(key: string): string | null };

test('filters narrow the timeline, live in the URL, and back/forward restore them', async ({ app }) => {
  const maya = await value<StakeholderSummary>(app, 'people:create', { name: 'Maya Chen', direction: 'up' });
  const seen = [{ stakeholderId: maya.id, channel: 'meeting' }];
  await value<Entry>(app, 'entries:create', { body: doc('Fixed the flaky deploy test'), ownershipLevel: 'task', occurredOn: '2025-03-03', tags: ['ops'] });
  await value<Entry>(app, 'entries:create', { body: doc('Planned the Q2 roadmap'), ownershipLevel: 'project', occurredOn: '2025-03-04', tags: ['planning'], seenBy: seen });
  await value<Entry>(app, 'entries:create', { body: doc('Ran the on-call rotation review'), ownershipLevel: 'project', occurredOn: '2025-03-05', tags: ['ops'], starred: true });

  await openView(app, 'Timeline');
  const list = app.getByRole('region', { name: 'Entries' });
  await expect(list.getByRole('link')).toHaveCount(4); // three entries and the first-run example
  await expect(app.getByRole('status').filter({ hasText: '4 entries' })).toBeVisible();

  await app.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(app).toHaveURL(/#\/timeline\?level=project$/);
  await expect(list.getByRole('link')).toHaveCount(2);
  await expect(list).not.toContainText('flaky deploy');

  await app.getByRole('button', { name: 'More filters' }).click();
  await app.getByRole('combobox', { name: 'Filter by tag' }).fill('op');
  await app.getByRole('option', { name: /ops/ }).click();
  await expect(app).toHaveURL(/level=project&tag=ops/);
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list).toContainText('on-call rotation');
  await expect(app.getByRole('status').filter({ hasText: '1 entry match these filters' })).toBeVisible();

  await app.goBack();
  await expect(app).toHaveURL(/#\/timeline\?level=project$/);
  await expect(list.getByRole('link')).toHaveCount(2);
  await app.goBack();
  await expect(list.getByRole('link')).toHaveCount(4);
  await app.goForward();
  await app.goForward();
  await expect(list.getByRole('link')).toHaveCount(1);

  // A filter typed into the address works too, people and dates included.
  await app.goto(`${new URL(app.url()).origin}/#/timeline?person=${maya.id}&from=2025-03-01&to=2025-03-31`);
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list).toContainText('Planned the Q2 roadmap');
  await expect(app.getByRole('list', { name: 'People filtered on' })).toContainText('Maya Chen');
  await app.getByRole('button', { name: /Clear 3 filters/ }).click();
  await expect(list.getByRole('link')).toHaveCount(4);

  await app.getByRole('button', { name: 'Starred' }).click();
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list).toContainText('on-call rotation');
});

test('search shows snippets with the matches highlighted, and opening a result opens the entry', async ({ app }) => {
  await value<Entry>(app, 'entries:create', { body: doc('Migrated the billing service to the new queue'), ownershipLevel: 'milestone' });
  await value<Entry>(app, 'entries:create', { body: doc('Interviewed two candidates'), ownershipLevel: 'task' });
  await openView(app, 'Timeline');
  await app.getByRole('searchbox', { name: 'Search entries' }).fill('billing');
  const results = app.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['billing']);
  await expect(app).toHaveURL(/q=billing/);

  await results.getByRole('link').click();
  await expect(app.getByRole('textbox', { name: 'Entry text' })).toContainText('Migrated the billing service');
  await app.getByRole('button', { name: '← Back' }).click();
  await expect(app.getByRole('searchbox', { name: 'Search entries' })).toHaveValue('billing');
});

test('a long journal stays a short page: only the rows on screen exist, and more load while scrolling', async ({ app }) => {
  test.setTimeout(90_000);
  await app.evaluate(async (key) => {
    const token = sessionStorage.getItem(key) ?? '';
    const post = (c: string, i: unknown) => fetch(`/api/${c}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-scopebook-token': token }, body: JSON.stringify(i) });
    const start = new Date(2020, 0, 1);
    for (let i = 0; i < 450; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) => {
          const d = new Date(start);
          d.setDate(d.getDate() + i + k);
          const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          return post('entries:create', { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Entry number ${i + k}` }] }] }, ownershipLevel: 'task', occurredOn: day });
        }),
      );
    }
  }, TOKEN_STORAGE_KEY);
  await openView(app, 'Timeline');
  const list = app.getByRole('region', { name: 'Entries' });
  await expect(app.getByRole('status').filter({ hasText: '451 entries' })).toBeVisible();
  await expect(list.getByRole('link').first()).toBeVisible();
  expect(await list.getByRole('link').count()).toBeLessThan(60);

  // Scroll to the end: pages load as it comes near, and the oldest entry appears.
  await expect(async () => {
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(list.getByText('Entry number 0', { exact: true })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(list.getByText('That’s everything.')).toBeVisible();
  expect(await list.getByRole('link').count()).toBeLessThan(60);
});
