/**
 * The Growth view in the browser: what the charts draw matches the journal seeded through the
 * API (counted here from entries:list, not from the growth queries), hover and the keyboard
 * show a bucket's figures with links to the filtered timeline, the quiet weeks of a period are
 * marked and one click backfills one, and no Content-Security-Policy rule is broken.
 * Screenshots in light and dark are kept in the test's output folder.
 */
import type { Page } from '@playwright/test';
import type { Entry, Page as ListPage, StakeholderSummary } from '../common/contract';
import { expect, settled, test } from './fixtures';
import { composer, doc, localDay, value } from './ui-helpers';

type Level = 'task' | 'milestone' | 'project' | 'value' | 'leverage';

function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

async function allEntries(page: Page): Promise<Entry[]> {
  const out: Entry[] = [];
  let cursor: string | undefined;
  do {
    const p: ListPage<Entry> = await value(page, 'entries:list', { limit: 200, ...(cursor ? { cursor } : {}) });
    out.push(...p.items);
    cursor = p.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

async function seed(page: Page) {
  const maya = await value<StakeholderSummary>(page, 'people:create', { name: 'Maya Chen', direction: 'up', keyDecider: true });
  const tom = await value<StakeholderSummary>(page, 'people:create', { name: 'Tom Becker', direction: 'sideways' });
  const vp = await value<StakeholderSummary>(page, 'people:create', { name: 'Ines Park', direction: 'skip-level', keyDecider: true });
  const plan: [string, Level, string[]][] = [
    ['2025-01-14', 'task', []],
    ['2025-02-03', 'task', [tom.id]],
    ['2025-02-20', 'milestone', [maya.id]],
    ['2025-04-02', 'task', []],
    ['2025-05-12', 'project', [maya.id, tom.id]],
    ['2025-06-30', 'project', [tom.id]],
    ['2025-06-30', 'milestone', []],
    ['2025-08-08', 'milestone', [tom.id]],
    ['2025-11-19', 'value', [vp.id, maya.id]],
    ['2025-12-01', 'task', []],
  ];
  for (const [occurredOn, ownershipLevel, people] of plan) {
    await value(page, 'entries:create', {
      body: doc(`Work on ${occurredOn} at ${ownershipLevel} level`),
      occurredOn,
      ownershipLevel,
      seenBy: people.map((stakeholderId) => ({ stakeholderId })),
    });
  }
  const trashed = await value<Entry>(page, 'entries:create', { body: doc('Trashed'), occurredOn: '2025-05-01', ownershipLevel: 'leverage' });
  await value(page, 'entries:delete', { id: trashed.id });
  return { maya, tom, vp };
}

test('the Growth view draws the journal’s scope and visibility, with figures on hover and keys', async ({ app }, testInfo) => {
  const violations: string[] = [];
  app.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await composer(app);
  const { maya, vp } = await seed(app);
  const entries = await allEntries(app);

  // Expected figures, counted from the entries themselves.
  const expected = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const e of entries) {
    const q = quarterOf(e.occurredOn);
    const k = `${q}|${e.ownershipLevel ?? 'unset'}`;
    expected.set(k, (expected.get(k) ?? 0) + 1);
    totals.set(q, (totals.get(q) ?? 0) + 1);
  }

  await app.getByRole('heading', { level: 1, name: 'Today' }).focus();
  await app.keyboard.press('g');
  await app.keyboard.press('o');
  await expect(app.getByRole('heading', { level: 1, name: 'Growth' })).toBeVisible();
  await settled(app);
  const scope = app.locator('svg[data-chart="scope"]');
  await expect(scope).toBeVisible();

  // Every drawn segment is a (quarter, level) cell of the journal with its count, and every cell is drawn.
  const drawn = await scope.locator('rect[data-level]').evaluateAll((rects) =>
    rects.map((r) => ({
      key: r.getAttribute('data-key')!,
      level: r.getAttribute('data-level')!,
      count: Number(r.getAttribute('data-count')),
      height: Number(r.getAttribute('height')),
    })),
  );
  expect(new Map(drawn.map((d) => [`${d.key}|${d.level}`, d.count]))).toEqual(expected);
  // Heights are proportional to the counts.
  const perEntry = drawn[0]!.height / drawn[0]!.count;
  for (const d of drawn) expect(d.height).toBeCloseTo(d.count * perEntry, 1);
  expect(await app.getByText('Your widest scope so far: Product value, first reached on').count()).toBe(1);
  // The highest level of each quarter is marked on the line.
  const highest = await scope.locator('circle[data-highest]').evaluateAll((dots) =>
    Object.fromEntries(dots.map((d) => [d.getAttribute('data-key'), d.getAttribute('data-highest')])),
  );
  expect(highest).toMatchObject({ '2025-Q1': 'milestone', '2025-Q2': 'project', '2025-Q3': 'milestone', '2025-Q4': 'value' });
  expect(highest['2026-Q1']).toBeUndefined();

  // The table holds the same figures.
  await app.getByText('Show the figures as a table').first().click();
  const table = app.getByRole('table', { name: 'Scope over time' });
  for (const [q, total] of totals) {
    await expect(table.locator(`tr[data-key="${q}"] td[data-level="total"]`)).toHaveText(String(total));
  }
  await expect(table.locator('tr[data-key="2025-Q2"] td[data-level="project"]')).toHaveText('2');
  await expect(table.locator('tr[data-key="2025-Q2"] td[data-level="leverage"]')).toHaveText('0');

  // Keyboard: Home goes to the first quarter; the figures follow; Enter-free links lead to the timeline.
  const plot = app.getByRole('group', { name: /Scope over time/ });
  await plot.focus();
  await app.keyboard.press('Home');
  const details = app.getByRole('region', { name: 'Figures of the chosen period' }).first();
  await expect(details.getByRole('heading', { name: 'Q1 2025' })).toBeVisible();
  await app.keyboard.press('ArrowRight');
  await expect(details.getByRole('heading', { name: 'Q2 2025' })).toBeVisible();
  await expect(details.getByRole('link', { name: '4 entries' })).toBeVisible();
  await expect(details).toContainText('Highest level this quarter: Project');

  // Hover moves the figures too.
  await scope.locator('rect[data-key="2025-Q3"]').first().hover();
  await expect(details.getByRole('heading', { name: 'Q3 2025' })).toBeVisible();

  // The view scrolls inside the window: a tall window shows all of it.
  const size = app.viewportSize()!;
  await app.setViewportSize({ width: size.width, height: 1700 });
  await app.screenshot({ path: testInfo.outputPath('growth-light.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: testInfo.outputPath('growth-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });
  await app.setViewportSize(size);

  // Visibility: per quarter and direction, distinct entries seen; key deciders marked.
  const vis = app.locator('svg[data-chart="visibility"]');
  const seen = (dir: string, q: string) => vis.locator(`g[data-direction="${dir}"] rect[data-key="${q}"]`);
  await expect(seen('up', '2025-Q1')).toHaveAttribute('data-count', '1');
  await expect(seen('up', '2025-Q1')).toHaveAttribute('data-deciders', '1');
  await expect(seen('sideways', '2025-Q2')).toHaveAttribute('data-count', '2');
  await expect(seen('sideways', '2025-Q2')).toHaveAttribute('data-deciders', '0');
  await expect(seen('skip-level', '2025-Q4')).toHaveAttribute('data-count', '1');
  await expect(seen('down', '2025-Q4')).toHaveCount(0);
  // Maya (up) in Q1, Q2 and Q4, Ines (skip-level) in Q4.
  await expect(vis.locator('text.growth-decider-mark')).toHaveCount(4);
  const visPlot = app.getByRole('group', { name: /Visibility over time/ });
  await visPlot.focus();
  await app.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await app.keyboard.press('ArrowRight');
  const visDetails = app.getByRole('region', { name: 'Figures of the chosen period' }).nth(1);
  await expect(visDetails.getByRole('heading', { name: 'Q4 2025' })).toBeVisible();
  await expect(visDetails.getByRole('link', { name: 'Ines Park' })).toBeVisible();

  // A key decider's link opens the timeline narrowed to them and the quarter.
  await visDetails.getByRole('link', { name: 'Maya Chen' }).click();
  await expect(app).toHaveURL(new RegExp(`#/timeline\\?person=${maya.id}&from=2025-10-01&to=2025-12-31$`));
  await expect(app.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(app.getByText('Work on 2025-11-19 at value level')).toBeVisible();
  await expect(app.getByText('Work on 2025-12-01 at task level')).toHaveCount(0);
  expect(vp.id).not.toBe(maya.id);

  // From the scope chart, a level's figure opens the timeline filtered to that cell.
  await app.goBack();
  await expect(app.getByRole('heading', { level: 1, name: 'Growth' })).toBeVisible();
  await plot.focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowRight');
  await details.getByRole('link', { name: '2 entries at Project level' }).click();
  await expect(app).toHaveURL(/#\/timeline\?level=project&from=2025-04-01&to=2025-06-30$/);
  await expect(app.getByText('Work on 2025-05-12 at project level')).toBeVisible();
  await expect(app.getByText('Work on 2025-06-30 at project level')).toBeVisible();
  await expect(app.getByText('Work on 2025-06-30 at milestone level')).toHaveCount(0);

  expect(violations).toEqual([]);
});

test('the recency-bias meter marks quiet weeks of a period and backfills one in one click', async ({ app }, testInfo) => {
  await composer(app);
  // Five entries a week for the last three full weeks before a quiet stretch of four weeks.
  const today = await localDay(app);
  const dayOfWeek = await app.evaluate(() => (new Date().getDay() + 6) % 7); // 0 = Monday (the default week start)
  const thisMonday = -dayOfWeek;
  for (const weeksBack of [7, 6, 5]) {
    for (let d = 0; d < 5; d++) {
      const occurredOn = await localDay(app, thisMonday - weeksBack * 7 + d);
      await value(app, 'entries:create', { body: doc(`Busy week ${weeksBack} day ${d}`), occurredOn, ownershipLevel: 'task' });
    }
  }
  await app.goto(`${app.url().split('#')[0]}#/growth`);
  await expect(app.getByRole('heading', { level: 1, name: 'Growth' })).toBeVisible();
  const recency = app.getByRole('region', { name: 'Recency bias' });
  await recency.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Last 3 months' });
  const meter = app.locator('svg[data-chart="quiet"]');
  await expect(meter).toBeVisible();
  // The four weeks before this one are quiet; this week is not judged yet.
  const quietKeys: string[] = [];
  for (const w of [4, 3, 2, 1]) quietKeys.push(await localDay(app, thisMonday - w * 7));
  for (const key of quietKeys) await expect(meter.locator(`rect[data-key="${key}"]`)).toHaveAttribute('data-quiet', 'true');
  for (const w of [7, 6, 5]) {
    const key = await localDay(app, thisMonday - w * 7);
    await expect(meter.locator(`rect[data-key="${key}"]`)).toHaveAttribute('data-count', '5');
    await expect(meter.locator(`rect[data-key="${key}"]`)).toHaveAttribute('data-quiet', 'false');
  }
  const thisWeek = meter.locator(`rect[data-key="${await localDay(app, thisMonday)}"]`);
  await expect(thisWeek).toHaveAttribute('data-quiet', 'false');
  await expect(app.getByRole('list', { name: 'Quiet weeks' })).toContainText('The 4 weeks from');
  await app.setViewportSize({ width: 1280, height: 1500 });
  await app.screenshot({ path: testInfo.outputPath('growth-quiet-light.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot({ path: testInfo.outputPath('growth-quiet-dark.png') });

  // One click: a new entry dated on the first quiet week's first day, open in the editor.
  const recent = app.getByRole('list', { name: 'Quiet weeks' }).getByRole('listitem').filter({ hasText: 'The 4 weeks from' });
  await recent.getByRole('button', { name: /Write an entry for the week of/ }).click();
  await expect(app).toHaveURL(/#\/entry\//);
  const id = decodeURIComponent(new URL(app.url()).hash.split('/')[2]!);
  const entry = await value<Entry>(app, 'entries:get', { id });
  expect(entry.occurredOn).toBe(quietKeys[0]);
  expect(entry.occurredOn < today).toBe(true);
});

test('Areas of focus groups the period’s entries into themes named by their words', async ({ app }, testInfo) => {
  await composer(app);
  const maya = await value<StakeholderSummary>(app, 'people:create', { name: 'Maya Chen', direction: 'up', keyDecider: true });
  const topics: Record<string, string[]> = {
    billing: ['Moved billing invoices to the pricing engine', 'Fixed invoice rounding in billing pricing', 'Billing invoices per pricing plan'],
    hiring: ['Ran interviews for the hiring loop', 'Rewrote the hiring rubric for interviews', 'Hiring debrief after interviews'],
    kubernetes: ['Upgraded the kubernetes cluster deploy', 'Kubernetes deploy retries in the cluster', 'Cluster deploy docs for kubernetes'],
  };
  let offset = -20;
  for (const [topic, texts] of Object.entries(topics)) {
    for (const text of texts) {
      await value(app, 'entries:create', {
        body: doc(text),
        occurredOn: await localDay(app, offset++),
        ownershipLevel: topic === 'billing' ? 'project' : 'task',
        seenBy: topic === 'billing' ? [{ stakeholderId: maya.id }] : [],
      });
    }
  }
  await app.goto(`${app.url().split('#')[0]}#/growth`);
  await expect(app.getByRole('heading', { level: 2, name: 'Areas of focus' })).toBeVisible();
  const list = app.getByRole('list', { name: 'Areas of focus' });
  await expect(list).toBeVisible();
  for (const [topic, texts] of Object.entries(topics)) {
    const card = list.locator('li.growth-theme').filter({ has: app.getByRole('heading', { name: new RegExp(topic) }) });
    await expect(card).toHaveCount(1);
    for (const text of texts) await expect(card.getByRole('link', { name: text })).toBeVisible();
    // The count drawn is the entries listed (the first-run example entry may join a theme).
    const listed = await card.locator('.growth-theme-entries a').count();
    expect(listed).toBeGreaterThanOrEqual(3);
    await expect(card.locator('.growth-theme-figures strong')).toHaveText(`${listed} entries`);
  }
  const billing = list.locator('li.growth-theme').filter({ has: app.getByRole('heading', { name: /billing/ }) });
  await expect(billing.getByRole('link', { name: 'key decider Maya Chen' })).toHaveAttribute('href', `#/people/${maya.id}`);
  await app.setViewportSize({ width: 1280, height: 2200 });
  await app.screenshot({ path: testInfo.outputPath('growth-themes-light.png') });
});
