/**
 * Settings in the browser host: the theme applies at once and survives a reload, a bad
 * reminder time is explained and saves nothing, a review cycle two weeks away puts a banner
 * on Today, and quick capture (`#/capture`) saves an entry.
 */
import { api, expect, test } from './fixtures';
import { localDay, value } from './ui-helpers';

test('changing the theme applies at once and persists after a reload', async ({ app }) => {
  await app.goto(`${new URL(app.url()).origin}/#/settings`);
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const html = app.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', /.*/);

  await app.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(app.locator('body')).toHaveCSS('background-color', 'rgb(21, 22, 24)');
  await expect.poll(async () => (await value<{ theme: string }>(app, 'settings:get', {})).theme).toBe('dark');

  await app.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(app.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await app.getByRole('radio', { name: 'Light' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(app.locator('body')).toHaveCSS('background-color', 'rgb(247, 246, 243)');
  await app.getByRole('radio', { name: 'Follow the system' }).check();
  await expect(html).not.toHaveAttribute('data-theme', /.*/);
});

test('an invalid reminder time shows an error and saves nothing', async ({ app }) => {
  await app.goto(`${new URL(app.url()).origin}/#/settings`);
  await app.getByRole('checkbox', { name: 'Remind me to write each day' }).check();
  const time = app.getByRole('textbox', { name: 'Reminder time (HH:MM)' });
  await time.fill('25:70');
  await app.getByRole('button', { name: 'Save reminders' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'HH:MM' })).toBeVisible();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  const stored = await value<{ reminder: { enabled: boolean; time: string } }>(app, 'settings:get', {});
  expect(stored.reminder).toMatchObject({ enabled: false, time: '17:30' });

  await time.fill('08:45');
  await app.getByRole('button', { name: 'Save reminders' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'HH:MM' })).toHaveCount(0);
  await expect.poll(async () => (await value<{ reminder: { time: string } }>(app, 'settings:get', {})).reminder).toMatchObject({
    enabled: true,
    time: '08:45',
  });
  await app.reload();
  await expect(app.getByRole('textbox', { name: 'Reminder time (HH:MM)' })).toHaveValue('08:45');
});

test('a review cycle nine days away puts a banner on Today; three weeks away does not', async ({ app }) => {
  const origin = new URL(app.url()).origin;
  const inNine = await localDay(app, 9);
  await app.goto(`${origin}/#/settings`);
  await app.getByRole('radio', { name: 'On these dates' }).check();
  const dates = app.getByRole('textbox', { name: /Review dates/ });
  await dates.fill('2026-02-30');
  await app.getByRole('button', { name: 'Save review cycle' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'real calendar day' })).toBeVisible();
  expect((await value<{ reviewCycle: { kind: string } }>(app, 'settings:get', {})).reviewCycle.kind).toBe('none');

  await dates.fill(inNine);
  await app.getByRole('button', { name: 'Save review cycle' }).click();
  await expect.poll(async () => (await value<{ reviewCycle: { kind: string } }>(app, 'settings:get', {})).reviewCycle.kind).toBe('dates');

  await app.goto(`${origin}/#/today`);
  const banner = app.getByRole('region', { name: 'Review cycle' });
  await expect(banner).toContainText('Your review cycle starts in 9 days');
  await expect(banner.getByRole('button', { name: 'Draft my review' })).toBeVisible();

  const later = await localDay(app, 21);
  await value(app, 'settings:update', { reviewCycle: { kind: 'dates', dates: [later] } });
  await app.reload();
  await expect(app.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(app.getByRole('region', { name: 'Daily reminder' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Review cycle' })).toHaveCount(0);
});

test('Today offers the daily reminder once', async ({ app }) => {
  const offer = app.getByRole('region', { name: 'Daily reminder' });
  await offer.getByRole('button', { name: 'Remind me each day' }).click();
  await expect(offer).toHaveCount(0);
  expect((await value<{ reminder: object }>(app, 'settings:get', {})).reminder).toMatchObject({ enabled: true, offered: true });
  await app.reload();
  await expect(app.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(app.getByRole('region', { name: 'Daily reminder' })).toHaveCount(0);
});

test('quick capture saves an entry with its person, tag and level, and keeps a draft on Esc', async ({ app }) => {
  const origin = new URL(app.url()).origin;
  await value(app, 'people:create', { name: 'Priya Raman', direction: 'up' });
  await app.goto(`${origin}/#/capture`);
  await expect(app.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  const line = app.getByRole('textbox', { name: 'Quick capture' });
  await expect(line).toBeFocused();

  await line.fill('Unblocked the release for @priya raman #release');
  await expect(app.getByText('Seen by Priya Raman.')).toBeVisible();
  await app.getByRole('combobox', { name: 'Level' }).selectOption('milestone');
  await line.focus();
  await line.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved');
  await expect(line).toHaveValue('');

  const found = await api<{ items: { entry: { ownershipLevel: string; tags: string[]; seenBy: { name: string }[] } }[] }>(
    app,
    'entries:search',
    { query: 'Unblocked the release' },
  );
  expect(found.ok).toBe(true);
  const entry = found.ok ? found.value.items[0]?.entry : undefined;
  expect(entry).toMatchObject({ ownershipLevel: 'milestone', tags: ['release'] });
  expect(entry?.seenBy.map((s) => s.name)).toEqual(['Priya Raman']);

  await line.fill('Half a thought');
  await line.press('Escape');
  await expect(app).toHaveURL(/#\/today$/);
  await app.goto(`${origin}/#/capture`);
  await expect(app.getByRole('textbox', { name: 'Quick capture' })).toHaveValue('Half a thought');
});

test('a quick capture whose answer was lost, tried again after an edit, is one entry with the new text', async ({ app }) => {
  const origin = new URL(app.url()).origin;
  await app.goto(`${origin}/#/capture`);
  const line = app.getByRole('textbox', { name: 'Quick capture' });
  // The create reaches the journal, but the reply never reaches the page.
  await app.route('**/api/entries:create', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await line.fill('Closed the vendor contract');
  await line.press('Enter');
  await expect(app.getByText(/Not saved/)).toBeVisible();
  await app.unroute('**/api/entries:create');

  await line.fill('Closed the vendor contract two weeks early');
  await line.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved');
  const found = await api<{ items: { entry: { excerpt: string } }[] }>(app, 'entries:search', { query: 'vendor contract' });
  expect(found.ok && found.value.items.map((h) => h.entry.excerpt)).toEqual(['Closed the vendor contract two weeks early']);
});

const GERMAN_LONG_DATE =
  /^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/;

test('dates follow the chosen language and first day of the week, at once and after a reload', async ({ app }) => {
  const origin = new URL(app.url()).origin;
  const subtitle = app.locator('.page-header .subtitle');
  await expect(subtitle).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}$/);

  await app.goto(`${origin}/#/settings`);
  await app.getByLabel('Language for dates').selectOption('de');
  await app.getByLabel('First day of the week').selectOption({ label: 'Sonntag' });
  await expect.poll(async () => value<{ locale: string; weekStartsOn: number }>(app, 'settings:get', {})).toMatchObject({ locale: 'de', weekStartsOn: 0 });

  await app.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Today' }).click();
  await expect(subtitle).toHaveText(GERMAN_LONG_DATE);

  // The activity heatmap's columns are weeks from Sunday, labelled in German.
  await app.goto(`${origin}/#/timeline`);
  const weekdays = app.locator('.heatmap-weekday');
  await expect(weekdays).toHaveText(['So.', 'Di.', 'Do.']);
  await expect(app.locator('.heatmap-grid rect title').first()).toHaveText(/^Sonntag, /);

  await app.reload();
  await expect(weekdays).toHaveText(['So.', 'Di.', 'Do.']);
  await app.goto(`${origin}/#/settings`);
  await app.getByLabel('First day of the week').selectOption({ label: 'Montag' });
  await app.getByLabel('Language for dates').selectOption('en-GB');
  await app.goto(`${origin}/#/timeline`);
  await expect(weekdays).toHaveText(['Mon', 'Wed', 'Fri']);
  await expect(app.locator('.heatmap-grid rect title').first()).toHaveText(/^Monday, \d{1,2} [A-Z][a-z]+ \d{4}: /);
});

test('a forced theme wins over the system one in every stylesheet', async ({ app }) => {
  const origin = new URL(app.url()).origin;
  type Styles = { getComputedStyle(el: unknown): { getPropertyValue(name: string): string } };
  const recency = () =>
    app.locator('html').evaluate((el) => (globalThis as unknown as Styles).getComputedStyle(el).getPropertyValue('--recency-30').trim());
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.goto(`${origin}/#/visibility`);
  await expect.poll(recency).toBe('#6fd0a4');
  await value(app, 'settings:update', { theme: 'light' });
  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(recency).toBe('#17684c');

  await app.emulateMedia({ colorScheme: 'light' });
  await value(app, 'settings:update', { theme: 'dark' });
  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(recency).toBe('#6fd0a4');
});

test('“Draft my review” opens a new review with this review cycle chosen', async ({ app }) => {
  await value(app, 'settings:update', { reviewCycle: { kind: 'dates', dates: [await localDay(app, 5)] } });
  await app.reload();
  await app.getByRole('region', { name: 'Review cycle' }).getByRole('button', { name: 'Draft my review' }).click();
  await expect(app).toHaveURL(/#\/reviews\/new\?period=this-cycle$/);
  await expect(app.getByRole('radio', { name: /^This review cycle/ })).toBeChecked();

  // Without a cycle set, the same link falls back to the usual preset.
  await value(app, 'settings:update', { reviewCycle: { kind: 'none' } });
  await app.reload();
  await expect(app.getByRole('radio', { name: /^Last 6 months/ })).toBeChecked();
  await expect(app.getByRole('radio', { name: /^This review cycle/ })).toHaveCount(0);
});
