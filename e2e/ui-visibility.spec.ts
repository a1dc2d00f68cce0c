/** Visibility: the people map (mouse, keyboard, table), radar and gaps, the nudge, follow-ups, praise, updates. */
import type { Page } from '@playwright/test';
import type { Entry, Praise, StakeholderSummary } from '../common/contract';
import { expect, test } from './fixtures';
import { doc, localDay, value } from './ui-helpers';

interface Seeded {
  ana: StakeholderSummary;
  ben: StakeholderSummary;
  cleo: StakeholderSummary;
  dev: StakeholderSummary;
  migration: Entry;
  planning: Entry;
}

/**
 * Four people and three entries: Ana (diagonal-up, key decider) saw a small task 5 days ago;
 * Ben (up) saw the data-migration write-up (project, starred) 60 days ago; Cleo (sideways)
 * never saw anything; Dev (outside) saw something 200 days ago.
 */
async function seed(page: Page): Promise<Seeded> {
  // The first-run example entry is written when the app opens: wait for it, then put it in the trash.
  await expect(page.getByText('An example entry').first()).toBeVisible();
  const examples = await value<{ items: { id: string }[] }>(page, 'entries:list', {});
  for (const e of examples.items) await value(page, 'entries:delete', { id: e.id });
  const person = (input: object) => value<StakeholderSummary>(page, 'people:create', input);
  const ana = await person({
    name: 'Ana Ruiz',
    direction: 'diagonal-up',
    influence: 4,
    keyDecider: true,
    notes: 'PRIVATE: prefers bullet points',
    motivations: 'MOTIVE: wants fewer incidents',
  });
  const ben = await person({ name: 'Ben Okoye', direction: 'up', influence: 3 });
  const cleo = await person({ name: 'Cleo Park', direction: 'sideways', influence: 2 });
  const dev = await person({ name: 'Dev Shah', direction: 'outside', influence: 1 });
  await value(page, 'people:connect', { id: ana.id, otherId: ben.id });
  const entry = async (title: string, level: string, daysAgo: number, seenBy: string[], starred = false) =>
    value<Entry>(page, 'entries:create', {
      title,
      body: doc(`${title}: the details`),
      ownershipLevel: level,
      occurredOn: await localDay(page, -daysAgo),
      starred,
      seenBy: seenBy.map((stakeholderId) => ({ stakeholderId, channel: 'meeting' })),
    });
  await entry('Fixed the flaky login test', 'task', 5, [ana.id]);
  const migration = await entry('Data migration write-up', 'project', 60, [ben.id], true);
  const planning = await entry('Quarterly planning doc', 'milestone', 20, []);
  await entry('Old vendor review', 'task', 200, [dev.id]);
  return { ana, ben, cleo, dev, migration, planning };
}

/** Opens a route with a fresh page load, so every view reads what the test just seeded. */
async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(new URL(hash, page.url()).toString());
  await page.reload();
}

/** Stops time in the page at noon, `days` from today (the app reads today's date from the page). */
async function setDay(page: Page, days: number): Promise<string> {
  const day = await localDay(page, days);
  await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
  await page.reload();
  return day;
}

test('the map shows everyone with how recently they saw your work, and Enter opens a person', async ({ app }) => {
  const { ana } = await seed(app);
  await visit(app, '#/visibility/map');
  const map = app.getByRole('group', { name: /People map/ });
  await expect(map.getByRole('link', { name: /^Ana Ruiz, Diagonal-up, influence 4 of 5, key decider, last saw your work 5 days ago \(last 30 days\)/ })).toBeVisible();
  await expect(map.getByRole('link', { name: /^Ben Okoye, Up, .*60 days ago \(last 90 days\)/ })).toBeVisible();
  await expect(map.getByRole('link', { name: /^Cleo Park, .*has never seen your work/ })).toBeVisible();
  await expect(map.getByRole('link', { name: /^Dev Shah, Outside, .*200 days ago \(longer ago\)/ })).toBeVisible();
  // The words and symbols are on the map itself, not only in the accessible names.
  await expect(map).toContainText('✕ never');
  await expect(map).toContainText('● 5 days ago');
  await expect(app.getByRole('group', { name: 'Map legend' })).toContainText('Longer ago');

  // Up sits above the user, sideways beside.
  const box = async (name: RegExp) => (await map.getByRole('link', { name }).locator('.vis-mark').boundingBox())!;
  const you = (await map.locator('.vis-you circle').boundingBox())!;
  expect((await box(/^Ben Okoye/)).y).toBeLessThan(you.y);
  expect((await box(/^Cleo Park/)).x).toBeLessThan(you.x); // the only peer, on the left

  await map.getByRole('link', { name: /^Ana Ruiz/ }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeVisible();
  expect(app.url()).toContain(`#/people/${ana.id}`);
});

test('the map can be used with the keyboard alone: tab through people, pan, zoom, open', async ({ app }) => {
  const { ben } = await seed(app);
  await visit(app, '#/visibility/map');
  const map = app.getByRole('group', { name: /People map/ });
  await expect(map.getByRole('link')).toHaveCount(4);

  await app.getByRole('button', { name: 'Reset view' }).focus();
  await app.keyboard.press('Tab');
  await expect(map).toBeFocused();
  const layer = map.locator(':scope > g');
  const before = await layer.getAttribute('transform');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowDown');
  await expect(layer).not.toHaveAttribute('transform', before!);
  await app.keyboard.press('+');
  await expect(map).toHaveAttribute('data-scale', '1.25');
  await app.keyboard.press('0');
  await expect(map).toHaveAttribute('data-scale', '1.00');
  await expect(layer).toHaveAttribute('transform', 'translate(0 0) scale(1)');

  // People in map order: up, skip-level, diagonal-up, sideways, down, outside.
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await app.keyboard.press('Tab');
    order.push(((await app.locator(':focus').getAttribute('aria-label')) ?? '').split(',')[0]!);
  }
  expect(order).toEqual(['Ben Okoye', 'Ana Ruiz', 'Cleo Park', 'Dev Shah']);
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Shift+Tab');
  await expect(map.getByRole('link', { name: /^Ben Okoye/ })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Ben Okoye' })).toBeVisible();
  expect(app.url()).toContain(`#/people/${ben.id}`);
});

test('the map pans by dragging and zooms with the wheel; a drag does not open a person, a click does', async ({ app }) => {
  const { cleo } = await seed(app);
  await visit(app, '#/visibility/map');
  const map = app.getByRole('group', { name: /People map/ });
  const layer = map.locator(':scope > g');
  await expect(map.getByRole('link')).toHaveCount(4);
  const svgBox = (await map.boundingBox())!;
  const cleoBox = (await map.getByRole('link', { name: /^Cleo Park/ }).locator('.vis-mark').boundingBox())!;

  // Drag starting on Cleo: the map moves and her page does not open.
  await app.mouse.move(cleoBox.x + cleoBox.width / 2, cleoBox.y + cleoBox.height / 2);
  await app.mouse.down();
  await app.mouse.move(cleoBox.x + 80, cleoBox.y + 60, { steps: 5 });
  await app.mouse.up();
  await expect(layer).not.toHaveAttribute('transform', 'translate(0 0) scale(1)');
  await expect(app.getByRole('heading', { level: 1, name: 'Visibility' })).toBeVisible();
  const moved = (await map.getByRole('link', { name: /^Cleo Park/ }).locator('.vis-mark').boundingBox())!;
  expect(moved.x).toBeGreaterThan(cleoBox.x + 40);

  await app.mouse.move(svgBox.x + svgBox.width / 2, svgBox.y + svgBox.height / 2);
  await app.mouse.wheel(0, -100);
  await expect(map).toHaveAttribute('data-scale', '1.25');
  await app.getByRole('button', { name: 'Zoom out' }).click();
  await expect(map).toHaveAttribute('data-scale', '1.00');

  await map.getByRole('link', { name: /^Cleo Park/ }).locator('.vis-mark').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Cleo Park' })).toBeVisible();
  expect(app.url()).toContain(`#/people/${cleo.id}`);
});

test('the table shows the same people and figures as the map', async ({ app }) => {
  await seed(app);
  await visit(app, '#/visibility/map');
  const map = app.getByRole('group', { name: /People map/ });
  await expect(map.getByRole('link')).toHaveCount(4);
  const onMap = (await map.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')!.split(',')[0]))).sort();

  await app.getByRole('button', { name: 'Table' }).click();
  await expect(app.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  const table = app.getByRole('table', { name: 'People map as a table' });
  const names = (await table.locator('tbody th a').allTextContents()).sort();
  expect(names).toEqual(onMap);
  await expect(table.getByRole('row', { name: /^Ana Ruiz/ })).toContainText('Key decider');
  await expect(table.getByRole('row', { name: /^Ana Ruiz/ })).toContainText('Last 30 days');
  await expect(table.getByRole('row', { name: /^Ana Ruiz/ })).toContainText('Ben Okoye'); // connected
  await expect(table.getByRole('row', { name: /^Cleo Park/ })).toContainText('Never');
  await expect(table.getByRole('row', { name: /^Ben Okoye/ })).toContainText('0 / 1');
  await app.reload();
  await expect(app.getByRole('table', { name: 'People map as a table' })).toBeVisible(); // kept in the address
});

test('the radar shows figures per direction and key decider, and gaps name the strongest unseen entry', async ({ app }) => {
  const { ana, migration } = await seed(app);
  await visit(app, '#/visibility/radar');
  const directions = app.getByRole('region', { name: 'By direction' });
  await expect(directions.getByRole('row', { name: /^Up/ })).toContainText('60 days ago');
  await expect(directions.getByRole('row', { name: /^Up/ })).toContainText('Project');
  await expect(directions.getByRole('row', { name: /^Sideways/ })).toContainText('never');
  const deciders = app.getByRole('region', { name: 'Key deciders' });
  await expect(deciders.getByRole('row', { name: /^Ana Ruiz/ })).toContainText('5 days ago');

  const gaps = app.getByRole('list', { name: 'Gaps' });
  const first = gaps.getByRole('listitem').first();
  // Ana is a key decider, so she comes first; her strongest unseen entry is the project-level write-up.
  await expect(first).toContainText(
    /“Data migration write-up” \(project level, .+\) has not been seen by Ana Ruiz \(diagonal-up\), who last saw your work 5 days ago\./,
  );
  await expect(first.getByRole('link', { name: 'Open “Data migration write-up”' })).toHaveAttribute('href', `#/entry/${migration.id}`);
  await expect(first.getByRole('link', { name: /^Ana Ruiz/ })).toHaveAttribute('href', `#/people/${ana.id}`);
  // Ben saw the write-up: his suggestion is the next strongest entry.
  await expect(gaps.getByRole('listitem').filter({ hasText: 'by Ben Okoye' })).toContainText('“Quarterly planning doc”');

  await app.getByLabel('Entries at this level or wider').selectOption('project');
  await expect(gaps.getByRole('listitem').filter({ hasText: 'by Ben Okoye' })).toHaveCount(0);
});

test('a nudge on Today can be dismissed, and stays away for a week', async ({ app }) => {
  await seed(app);
  await visit(app, '#/today');
  const nudge = app.getByRole('region', { name: 'Visibility nudge' });
  await expect(nudge).toContainText('“Data migration write-up”');
  await expect(nudge).toContainText('Ana Ruiz');
  await nudge.getByRole('button', { name: 'Dismiss for a week' }).click();
  await expect(nudge).toHaveCount(0);
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Visibility nudge' })).toHaveCount(0);

  // Tomorrow a nudge about somebody else; Ana only comes back after a week.
  await setDay(app, 1);
  await expect(nudge).toBeVisible();
  await expect(nudge).not.toContainText('Ana Ruiz');
  await setDay(app, 7);
  await expect(nudge).toContainText('Ana Ruiz');
});

test('a follow-up comes back on its day asking for the outcome, which lands in the impact', async ({ app }) => {
  const entry = await value<Entry>(app, 'entries:create', {
    title: 'Shipped CSV export',
    body: doc('Shipped CSV export for the finance team'),
    ownershipLevel: 'milestone',
    impact: 'Finance stops asking for spreadsheets',
  });
  await visit(app, `#/entry/${entry.id}`);
  const results = app.getByRole('group', { name: 'Results pending' });
  await results.getByRole('button', { name: /Results pending/ }).click();
  const due = await localDay(app, 3);
  await results.getByLabel('Ask me for the outcome on').fill(due);
  await results.getByLabel('What to check').fill('support tickets');
  await results.getByRole('button', { name: 'Mark results pending' }).click();
  await expect(results).toContainText('Results pending — Today asks for the outcome on');

  // Not yet on Today…
  await visit(app, '#/today');
  await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Results to follow up' })).toHaveCount(0);

  // …but on its day.
  await setDay(app, 3);
  const form = app.getByRole('form', { name: 'Outcome of Shipped CSV export' });
  await expect(form).toContainText('Due today · support tickets');
  await form.getByRole('button', { name: 'Add to impact' }).click();
  await expect(form.getByRole('alert')).toContainText('Write what came of it first.');
  await form.getByLabel('Number').fill('thirty');
  await form.getByLabel('Outcome').fill('Support tickets about exports dropped');
  await form.getByRole('button', { name: 'Add to impact' }).click();
  await expect(form.getByRole('alert')).toContainText('not a number');
  await form.getByLabel('Number').fill('30');
  await form.getByLabel('Unit').fill('%');
  await form.getByRole('button', { name: 'Add to impact' }).click();
  await expect(form).toHaveCount(0);

  const saved = await value<Entry>(app, 'entries:get', { id: entry.id });
  expect(saved.impact).toMatch(/^Finance stops asking for spreadsheets\. Outcome \(.+\): Support tickets about exports dropped — 30%$/);
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Results to follow up' })).toHaveCount(0);
});

test('praise added on a person’s page is listed there and in the praise log', async ({ app }) => {
  const { ana, migration } = await seed(app);
  await visit(app, `#/people/${ana.id}`);
  const section = app.getByRole('region', { name: 'Praise from Ana Ruiz' });
  await expect(section).toContainText('Nothing recorded yet');
  await section.getByRole('button', { name: 'Add praise from Ana Ruiz' }).click();
  const form = section.getByRole('form', { name: 'Add praise' });
  await form.getByRole('button', { name: 'Add praise' }).click();
  await expect(form.getByRole('alert')).toContainText('Write down what was said.');
  await form.getByLabel('What was said').fill('The migration plan was the clearest I have read this year.');
  await form.getByLabel('How').selectOption('meeting');
  await form.getByLabel('Where').fill('All-hands');
  await form.getByLabel('About which entry').selectOption(migration.id);
  await form.getByRole('button', { name: 'Add praise' }).click();

  const list = section.getByRole('list', { name: 'Praise received' });
  await expect(list).toContainText('The migration plan was the clearest I have read this year.');
  await expect(list).toContainText('Meeting · All-hands · about Data migration write-up');
  const stored = await value<Praise[]>(app, 'praise:list', { stakeholderId: ana.id });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ fromName: 'Ana Ruiz', where: 'All-hands', entryId: migration.id, receivedOn: await localDay(app) });

  await visit(app, '#/visibility/praise');
  const log = app.getByRole('list', { name: 'Praise received' });
  await expect(log).toContainText('The migration plan was the clearest');
  await expect(log.getByRole('link', { name: 'Ana Ruiz' })).toHaveAttribute('href', `#/people/${ana.id}`);
});

test('a prepared update leaves private notes out unless asked, and can be copied', async ({ app, context, webHost }) => {
  const { ana } = await seed(app);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webHost.origin });
  await visit(app, `#/visibility/update?person=${ana.id}`);
  await app.getByLabel('From').fill(await localDay(app, -90));
  const markdown = app.getByLabel('Markdown');
  await expect(markdown).toHaveValue(/Data migration write-up/);
  await expect(markdown).toHaveValue(/Quarterly planning doc/);
  await expect(markdown).not.toHaveValue(/PRIVATE|MOTIVE/);
  await expect(app.getByRole('region', { name: 'Preview' })).toContainText('Data migration write-up');
  await expect(app.getByRole('region', { name: 'Preview' })).not.toContainText('PRIVATE');

  await app.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(app.getByText('Copied as Markdown.')).toBeVisible();
  const copied = (await app.evaluate('navigator.clipboard.readText()')) as string;
  expect(copied).toContain('Data migration write-up');
  expect(copied).not.toContain('PRIVATE');

  await app.getByLabel('Entries at this level or wider').selectOption('project');
  await expect(markdown).not.toHaveValue(/Quarterly planning doc/);

  await app.getByRole('checkbox', { name: /Include my private notes/ }).check();
  await expect(markdown).toHaveValue(/PRIVATE: prefers bullet points/);
  await expect(markdown).toHaveValue(/MOTIVE: wants fewer incidents/);
  await expect(app.getByRole('status').filter({ hasText: 'includes your private notes' })).toBeVisible();
});
