/**
 * Accessibility audit of every view (issue 4, Quality): axe-core's WCAG 2 A/AA rules on each
 * route in light and dark, over a realistic small journal; and a keyboard walk from page load
 * through the sidebar into a few views, checking that focus is always visible and always lands
 * on something with an accessible name.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { DocNode, Entry, Goal, Review, StakeholderSummary } from '../common/contract';
import { DIRECTIONS, LEVEL_INFO, OWNERSHIP_LEVELS } from '../common/vocabulary';
import { expect, test } from './fixtures';
import { localDay, value } from './ui-helpers';

/** The WCAG 2.0/2.1/2.2 A and AA rule sets, nothing weakened. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Seeded {
  person: StakeholderSummary;
  entry: Entry;
  review: Review;
}

/** A paragraph mentioning `who`, with a #tag, as the editor writes it. */
function mentionDoc(text: string, who: StakeholderSummary, tag: string): DocNode {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `${text} with ` },
          { type: 'mention', attrs: { id: who.id, label: who.name } },
          { type: 'text', text: ` #${tag}` },
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wrote it up' }] }] }] },
    ],
  };
}

/**
 * One person in each direction (one a key decider), one entry at each level over the last weeks
 * (mentions, tags, impact, a star, a goal, a follow-up due), praise, a saved review and an entry
 * in the trash; the first-run example entry stays too.
 */
async function seed(page: Page): Promise<Seeded> {
  await expect(page.getByText('An example entry').first()).toBeVisible();
  const names = ['Uma Up', 'Sam Skip', 'Dana Diagonal', 'Sid Sideways', 'Dee Down', 'Otto Outside'];
  const people: StakeholderSummary[] = [];
  for (const [i, direction] of DIRECTIONS.entries()) {
    people.push(
      await value<StakeholderSummary>(page, 'people:create', {
        name: names[i],
        direction,
        influence: (i % 5) + 1,
        keyDecider: direction === 'up',
        role: 'Engineering',
        motivations: 'Fewer incidents',
      }),
    );
  }
  await value(page, 'people:connect', { id: people[0]!.id, otherId: people[1]!.id });
  const goal = await value<Goal>(page, 'goals:create', { title: 'Make billing reliable' });
  const entries: Entry[] = [];
  for (const [i, level] of OWNERSHIP_LEVELS.entries()) {
    const who = people[i]!;
    entries.push(
      await value<Entry>(page, 'entries:create', {
        title: `Work at ${level} level`,
        body: mentionDoc(`Shipped the ${level} piece`, who, `area-${i}`),
        ownershipLevel: level,
        occurredOn: await localDay(page, -i * 3),
        impact: i % 2 === 0 ? 'Cut invoice errors by half' : null,
        starred: i === 2,
        goalId: i < 3 ? goal.id : null,
        seenBy: [{ stakeholderId: who.id, channel: 'demo' }],
      }),
    );
  }
  await value(page, 'followups:set', { entryId: entries[1]!.id, followUpOn: await localDay(page, -1), note: 'Check the error rate' });
  await value(page, 'praise:create', {
    words: 'The billing work was superb',
    fromStakeholderId: people[0]!.id,
    receivedOn: await localDay(page, -2),
    channel: 'meeting',
    entryId: entries[2]!.id,
  });
  const trashed = await value<Entry>(page, 'entries:create', {
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A draft I threw away' }] }] },
    ownershipLevel: 'task',
  });
  await value(page, 'entries:delete', { id: trashed.id });
  const review = await value<Review>(page, 'reviews:create', {
    templateId: 'self-review',
    period: { preset: 'last-6-months' },
    title: 'Mid-year self-review',
  });
  return { person: people[0]!, entry: entries[2]!, review };
}

interface Stop {
  hash: (s: Seeded) => string;
  /** Something that shows once the view has loaded its data. */
  ready: (page: Page) => Locator;
  /** What a user does first on this view, so the audit covers what it then shows. */
  act?: (page: Page) => Promise<void>;
}

const text = (t: string | RegExp) => (page: Page) => page.getByText(t).first();

/** Every route of the app, with something that proves it finished loading. */
const ROUTES: Record<string, Stop> = {
  today: { hash: () => '#/today', ready: text('Shipped the task piece') },
  timeline: { hash: () => '#/timeline', ready: text('Shipped the leverage piece') },
  people: { hash: () => '#/people', ready: (p) => p.getByRole('link', { name: /Otto Outside/ }).first() },
  person: { hash: (s) => `#/people/${s.person.id}`, ready: text('Shipped the task piece') },
  'visibility map': { hash: () => '#/visibility/map', ready: (p) => p.getByRole('link', { name: /^Otto Outside/ }).first() },
  'visibility radar': {
    hash: () => '#/visibility/radar',
    ready: text(/Sam Skip/),
    // Open every "Also not seen by …" list, so its links are audited too.
    act: async (p) => {
      for (const summary of await p.locator('summary').all()) await summary.click();
    },
  },
  'visibility praise': { hash: () => '#/visibility/praise', ready: text('The billing work was superb') },
  'visibility update': {
    hash: () => '#/visibility/update',
    ready: (p) => p.getByLabel('For', { exact: true }),
    act: async (p) => {
      await expect(p.getByRole('option', { name: 'Uma Up (Up)' })).toHaveCount(1);
      await p.getByLabel('For', { exact: true }).selectOption({ label: 'Uma Up (Up)' });
      await expect(p.getByRole('button', { name: 'Copy Markdown' })).toBeVisible();
    },
  },
  goals: { hash: () => '#/goals', ready: (p) => p.getByRole('textbox', { name: 'Goal', exact: true }) },
  growth: {
    hash: () => '#/growth',
    ready: (p) => p.locator('svg[data-chart="quiet"]'),
    // Open the tables of figures, so they are audited too.
    act: async (p) => {
      for (const summary of await p.locator('summary').all()) await summary.click();
    },
  },
  reviews: { hash: () => '#/reviews', ready: text('Mid-year self-review') },
  'new review': { hash: () => '#/reviews/new', ready: (p) => p.getByRole('group', { name: 'Period' }) },
  review: { hash: (s) => `#/reviews/${s.review.id}`, ready: (p) => p.getByRole('heading', { name: 'Summary' }) },
  backups: { hash: () => '#/data', ready: (p) => p.getByRole('heading', { name: 'Backups and data' }) },
  export: { hash: () => '#/data/export', ready: (p) => p.getByRole('heading', { name: 'Backups and data' }) },
  import: { hash: () => '#/data/import', ready: (p) => p.getByRole('heading', { name: 'Backups and data' }) },
  triage: { hash: () => '#/data/triage', ready: (p) => p.getByRole('heading', { name: 'Backups and data' }) },
  settings: { hash: () => '#/settings', ready: (p) => p.getByRole('heading', { name: 'Settings', level: 1 }) },
  trash: { hash: () => '#/trash', ready: text('A draft I threw away') },
  entry: { hash: (s) => `#/entry/${s.entry.id}`, ready: text('Shipped the project piece') },
  capture: { hash: () => '#/capture', ready: (p) => p.getByRole('textbox').first() },
  'keyboard shortcuts dialog': {
    hash: () => '#/today',
    ready: text('Shipped the task piece'),
    act: async (p) => {
      await p.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(p.getByRole('dialog')).toBeVisible();
    },
  },
};

/** Opens a route with a fresh page load and waits until it has drawn its data. */
async function visit(page: Page, stop: Stop, seeded: Seeded): Promise<void> {
  await page.goto(new URL(stop.hash(seeded), page.url()).toString());
  await page.reload();
  await expect(stop.ready(page)).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await stop.act?.(page);
}

/** axe's violations, one readable paragraph per rule with the elements it flagged. */
async function violations(page: Page): Promise<string> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations
    .map((v) =>
      [
        `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `  - ${n.target.join(' ')}\n    ${n.html.slice(0, 200)}\n    ${n.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`),
      ].join('\n'),
    )
    .join('\n\n');
}

for (const [name, stop] of Object.entries(ROUTES)) {
  test(`axe finds no WCAG A/AA violation on ${name}, light and dark`, async ({ app }) => {
    const seeded = await seed(app);
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme });
      await visit(app, stop, seeded);
      expect(await violations(app), `axe violations on ${name} (${colorScheme})`).toBe('');
    }
  });
}

interface Focused {
  tag: string;
  role: string;
  name: string;
  visible: boolean;
  inMain: boolean;
  describe: string;
}

/** The few DOM types the in-page checks below use (the e2e programme is compiled without the DOM library). */
interface PageStyle {
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
  stroke: string;
  strokeWidth: string;
  textDecorationLine: string;
  backgroundColor: string;
  borderColor: string;
  color: string;
}
interface PageElement {
  readonly tagName: string;
  readonly outerHTML: string;
  readonly textContent: string | null;
  id: string;
  tabIndex: number;
  matches(selector: string): boolean;
  closest(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  cloneNode(deep: boolean): PageElement;
  after(node: PageElement): void;
  prepend(node: PageElement): void;
  remove(): void;
  removeAttribute(name: string): void;
  setAttribute(name: string, value: string): void;
  focus(): void;
}
declare const document: {
  readonly activeElement: PageElement | null;
  readonly body: PageElement;
  getAnimations(): { finish(): void }[];
  querySelector(selector: string): PageElement | null;
  getElementById(id: string): PageElement | null;
  createElement(tag: string): PageElement;
};
declare function getComputedStyle(element: PageElement): PageStyle;

/**
 * What has focus: its role and accessible name (from the accessibility tree) and whether focus
 * shows: an outline or box-shadow on the element, or else (an SVG mark, say) the element and its
 * contents drawn differently from an unfocused copy of it. Nothing here moves focus.
 */
async function focused(page: Page): Promise<Focused | null> {
  const info = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    // Read the styles focus ends up with, not a frame of a transition towards them.
    document.getAnimations().forEach((a) => a.finish());
    const ring = (node: PageElement) => {
      const s = getComputedStyle(node);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
    };
    const look = (root: PageElement) =>
      [root, ...Array.from(root.querySelectorAll('*')).slice(0, 50)]
        .map((n) => {
          const s = getComputedStyle(n);
          return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.stroke, s.strokeWidth, s.textDecorationLine, s.backgroundColor, s.borderColor, s.color].join(' ');
        })
        .join('|');
    let visible = ring(el);
    if (!visible && el.matches('input[type="date"]:not(:focus-visible)')) {
      // Tab reached the date field's own calendar button (inside the browser's shadow DOM):
      // Chromium draws its focus ring on that button, where page styles cannot see it.
      visible = true;
    }
    if (!visible) {
      const copy = el.cloneNode(true);
      copy.removeAttribute('id');
      el.after(copy);
      visible = look(copy) !== look(el);
      copy.remove();
    }
    document.querySelector('[data-a11y-focus]')?.removeAttribute('data-a11y-focus');
    el.setAttribute('data-a11y-focus', '');
    return { tag: el.tagName.toLowerCase(), text: el.textContent ?? '', visible, inMain: !!el.closest('main'), describe: el.outerHTML.slice(0, 160) };
  });
  if (!info) return null;
  // Playwright's snapshot has no role for <summary>; browsers expose it as a disclosure button named by its text.
  if (info.tag === 'summary') return { ...info, role: 'button', name: info.text.trim() };
  const snapshot = await page.locator('[data-a11y-focus]').ariaSnapshot({ timeout: 2_000 });
  // A name with ": " in it makes the YAML line quoted: - 'group "People map: …"':
  const first = /^- '?([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot.split('\n')[0] ?? '');
  return { ...info, role: first?.[1] ?? '', name: first?.[2] ?? '' };
}

/** Presses Tab from page load until focus leaves the page or comes round again (at most `limit` stops). */
async function walk(page: Page, limit: number): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.getElementById('a11y-start')?.remove());
    const f = await focused(page);
    if (!f || (stops.length > 0 && f.describe === stops[0]!.describe)) break;
    // Tab also steps through the day, month and year of a date field: one stop.
    if (f.describe !== stops.at(-1)?.describe) stops.push(f);
  }
  return stops;
}

for (const name of ['today', 'timeline', 'people', 'person', 'visibility map', 'visibility radar', 'goals', 'reviews', 'new review', 'review', 'backups', 'settings', 'trash', 'entry'] as const) {
  test(`Tab from page load through the sidebar into ${name}: focus is always visible and named`, async ({ app }) => {
    test.setTimeout(90_000);
    const seeded = await seed(app);
    await visit(app, ROUTES[name]!, seeded);
    // Start as a fresh page load does, before the first focusable element (views may have focused their editor).
    await app.evaluate(() => {
      const start = document.createElement('span');
      start.tabIndex = -1;
      start.id = 'a11y-start';
      document.body.prepend(start);
      start.focus();
    });
    const stops = await walk(app, 100);
    const report = stops.map((s) => `${s.role || s.tag} "${s.name}"${s.visible ? '' : ' [NO VISIBLE FOCUS]'}${s.inMain ? ' (main)' : ''}`).join('\n');
    test.info().annotations.push({ type: 'focus order', description: report });
    // The skip link and the sidebar come first, then the view's own controls.
    expect(stops[0]?.name, report).toBe('Skip to content');
    expect(stops.some((s) => s.role === 'link' && s.name === 'Trash' && !s.inMain), report).toBe(true);
    expect(stops.filter((s) => s.inMain).length, report).toBeGreaterThanOrEqual(2);
    const bad = stops.filter((s) => !s.visible || !s.name.trim()).map((s) => `${s.role || s.tag} "${s.name}": ${s.describe}`);
    expect(bad, `focus stops without visible focus or a name on ${name}:\n${report}`).toEqual([]);
  });
}

test('every ownership level on the timeline shows its own shape and word, not only its colour', async ({ app }) => {
  const seeded = await seed(app);
  await visit(app, ROUTES.timeline!, seeded);
  const seen = new Set<string>();
  for (const level of OWNERSHIP_LEVELS) {
    const badge = app.locator(`.level-badge.level-${level}`).first();
    await expect(badge).toBeVisible();
    const { glyph, label } = LEVEL_INFO[level];
    await expect(badge).toHaveText(`${glyph} ${label}`);
    seen.add((await badge.innerText()).trim());
  }
  expect(seen.size).toBe(OWNERSHIP_LEVELS.length);
});
