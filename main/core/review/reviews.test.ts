/** Saved reviews through the contract: create, edit, regenerate with conflicts, templates, periods, export, storage. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodOption, Review, ReviewDraft, ReviewExport, ReviewSummary, ReviewTemplate } from '../../../common/contract';
import { openCore } from '../api';
import { openDatabase } from '../db';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations';
import { docLinks, openTestJournal, sectionLines, type TestJournal, textDoc } from './test-journal';

let j: TestJournal;
beforeEach(() => {
  j = openTestJournal('2025-06-20T10:00:00Z');
  j.entry({ occurredOn: '2025-02-01', title: 'Billing launch', level: 'project', starred: true, impact: 'Cut churn by 3%' });
  j.entry({ occurredOn: '2025-03-01', title: 'Runbook' });
});
afterEach(() => j.close());

const HALF = { templateId: 'self-review', period: { preset: 'this-half' } };

function highlights(review: Review): string[] {
  return sectionLines(review.document, 'Highlights') ?? [];
}

describe('saved reviews', () => {
  it('saves the generated draft with a title from the template and period, and lists it', () => {
    const draft = j.ok<ReviewDraft>('reviews:preview', HALF);
    const review = j.ok<Review>('reviews:create', HALF);
    expect(review).toMatchObject({
      title: 'Self-review: ownership and visibility · 1 Jan – 30 Jun 2025',
      period: { from: '2025-01-01', to: '2025-06-30' },
      templateId: 'self-review',
      templateName: 'Self-review: ownership and visibility',
      edited: false,
      revision: 1,
    });
    expect(review.document).toEqual(draft.document);
    expect(review.settings.sections.map((s) => s.id)).toEqual(draft.settings.sections.map((s) => s.id));
    const list = j.ok<ReviewSummary[]>('reviews:list', {});
    expect(list.map((r) => r.id)).toEqual([review.id]);
    expect(j.ok<Review>('reviews:get', { id: review.id })).toEqual(review);
  });

  it('lists the newest first, and keeps reviews across reopening the journal', () => {
    const first = j.ok<Review>('reviews:create', { ...HALF, title: 'First' });
    j.setNow('2025-06-21T10:00:00Z');
    const second = j.ok<Review>('reviews:create', { ...HALF, title: 'Second' });
    j.reopen();
    expect(j.ok<ReviewSummary[]>('reviews:list', {}).map((r) => r.title)).toEqual(['Second', 'First']);
    expect(j.ok<Review>('reviews:get', { id: first.id }).document).toEqual(first.document);
    expect(second.id).not.toBe(first.id);
  });

  it('saves the user’s edits, refusing a stale revision', () => {
    const review = j.ok<Review>('reviews:create', HALF);
    const mine = textDoc('My own words');
    const edited = j.ok<Review>('reviews:update', { id: review.id, revision: 1, title: 'H1 for Alice', document: mine });
    expect(edited).toMatchObject({ title: 'H1 for Alice', document: mine, edited: true, revision: 2 });
    const stale = j.fail('reviews:update', { id: review.id, revision: 1, title: 'Lost' });
    expect(stale.code).toBe('conflict');
    expect(j.ok<Review>('reviews:get', { id: review.id }).title).toBe('H1 for Alice');
  });

  it('a title change alone is not an edit of the draft, and undoing every edit makes it unedited again', () => {
    const review = j.ok<Review>('reviews:create', HALF);
    const retitled = j.ok<Review>('reviews:update', { id: review.id, revision: 1, title: 'Renamed' });
    expect(retitled.edited).toBe(false);
    const changed = j.ok<Review>('reviews:update', { id: review.id, revision: 2, document: textDoc('x') });
    expect(changed.edited).toBe(true);
    // The same document back, with its keys in another order (as an editor may send it).
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]))
          : v;
    const sameDoc = reversed(review.document);
    expect(JSON.stringify(sameDoc)).not.toBe(JSON.stringify(review.document));
    const back = j.ok<Review>('reviews:update', { id: review.id, revision: 3, document: sameDoc });
    expect(back.edited).toBe(false);
  });

  it('regenerates an unedited review from the journal as it is now', () => {
    const review = j.ok<Review>('reviews:create', HALF);
    j.entry({ occurredOn: '2025-04-01', title: 'Pricing strategy', level: 'value' });
    const again = j.ok<Review>('reviews:regenerate', { id: review.id });
    expect(again.revision).toBe(2);
    expect(again.edited).toBe(false);
    expect(highlights(again)).toContain('Pricing strategy. Product value, 1 Apr 2025');
    expect(again.period).toEqual(review.period);
  });

  it('asks before replacing the user’s edits: conflict without replaceEdits, replaced with it', () => {
    const review = j.ok<Review>('reviews:create', HALF);
    const mine = textDoc('My own words');
    j.ok('reviews:update', { id: review.id, revision: 1, document: mine });
    const refused = j.fail('reviews:regenerate', { id: review.id });
    expect(refused).toMatchObject({ code: 'conflict', field: 'replaceEdits' });
    expect(j.ok<Review>('reviews:get', { id: review.id }).document).toEqual(mine);

    const replaced = j.ok<Review>('reviews:regenerate', { id: review.id, replaceEdits: true });
    expect(replaced.document).toEqual(review.document);
    expect(replaced).toMatchObject({ edited: false, revision: 3 });
    expect(j.fail('reviews:regenerate', { id: review.id, revision: 1 }).code).toBe('conflict');
  });

  it('regenerates with new settings: another template, another period', () => {
    const review = j.ok<Review>('reviews:create', HALF);
    const again = j.ok<Review>('reviews:regenerate', {
      id: review.id,
      settings: { templateId: 'brag-document', period: { preset: 'custom', from: '2025-02-01', to: '2025-02-28' } },
    });
    expect(again).toMatchObject({ templateId: 'brag-document', templateName: 'Brag document', period: { from: '2025-02-01', to: '2025-02-28' } });
    expect(j.ok<ReviewSummary[]>('reviews:list', {})[0]!.period).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(docLinks(again.document).length).toBe(1); // only the February entry, under Projects
  });

  it('deletes a review', () => {
    const review = j.ok<Review>('reviews:create', HALF);
    expect(j.ok('reviews:delete', { id: review.id })).toEqual({ deleted: true });
    expect(j.fail('reviews:get', { id: review.id }).code).toBe('not_found');
    expect(j.fail('reviews:delete', { id: review.id }).code).toBe('not_found');
    expect(j.ok<ReviewSummary[]>('reviews:list', {})).toEqual([]);
  });
});

describe('periods', () => {
  it('offers "since the last saved review" once a review is saved, from the day after its period', () => {
    expect(j.ok<PeriodOption[]>('reviews:periods', {}).map((o) => o.preset)).not.toContain('since-last-review');
    expect(j.fail('reviews:preview', { templateId: 'self-review', period: { preset: 'since-last-review' } })).toMatchObject({
      code: 'invalid_input',
      field: 'period.preset',
    });
    j.ok('reviews:create', { templateId: 'self-review', period: { preset: 'custom', from: '2025-01-01', to: '2025-03-31' } });
    const options = j.ok<PeriodOption[]>('reviews:periods', {});
    expect(options.find((o) => o.preset === 'since-last-review')).toEqual({
      preset: 'since-last-review',
      label: 'Since the last saved review',
      from: '2025-04-01',
      to: '2025-06-20',
    });
    const draft = j.ok<ReviewDraft>('reviews:preview', { templateId: 'self-review', period: { preset: 'since-last-review' } });
    expect(draft.period).toEqual({ from: '2025-04-01', to: '2025-06-20' });
  });

  it('computes presets for the given day and the year the user counts from', () => {
    const options = j.ok<PeriodOption[]>('reviews:periods', { today: '2025-02-10', cycleStartMonth: 4 });
    expect(options.find((o) => o.preset === 'year-to-date')).toMatchObject({ from: '2024-04-01', to: '2025-02-10' });
  });
});

describe('templates', () => {
  it('lists the three built-ins first, with the rules of their sections visible', () => {
    const templates = j.ok<ReviewTemplate[]>('reviews:templates', {});
    expect(templates.map((t) => [t.id, t.name, t.builtIn])).toEqual([
      ['brag-document', 'Brag document', true],
      ['self-review', 'Self-review: ownership and visibility', true],
      ['promotion-case', 'Promotion case', true],
    ]);
    const design = templates[0]!.sections.find((s) => s.id === 'design-docs')!;
    expect(design.rule?.tags).toEqual(expect.arrayContaining(['design', 'docs', 'documentation', 'rfc', 'adr', 'writing']));
    expect(design.description).toContain('rfc');
    const outside = templates[0]!.sections.find((s) => s.id === 'outside-role')!;
    expect(outside.title).toBe('Beyond the role');
    expect(outside.rule).toMatchObject({ directions: [], tags: expect.arrayContaining(['hiring', 'open-source']) });
  });

  it('saves the user’s own arrangement, uses it, changes it and deletes it; reviews keep their copy', () => {
    const selfReview = j.ok<ReviewTemplate[]>('reviews:templates', {})[1]!;
    const sections = [...selfReview.sections].reverse().map((s) => ({ ...s, enabled: s.id !== 'visibility' }));
    const mine = j.ok<ReviewTemplate>('reviews:saveTemplate', { name: 'My review', sections });
    expect(mine).toMatchObject({ name: 'My review', builtIn: false });
    expect(j.ok<ReviewTemplate[]>('reviews:templates', {}).map((t) => t.name)).toEqual([
      'Brag document',
      'Self-review: ownership and visibility',
      'Promotion case',
      'My review',
    ]);

    // Alice, a key decider who saw nothing, would fill the Visibility section: it is turned off.
    j.person('Alice', 'up', { keyDecider: true });
    expect(sectionLines(j.ok<ReviewDraft>('reviews:preview', HALF).document, 'Visibility')).not.toBeNull();
    const review = j.ok<Review>('reviews:create', { templateId: mine.id, period: { preset: 'this-half' } });
    const headings = (r: Review) => r.document.content!.filter((n) => n.type === 'heading').map((n) => n.content![0]!.text);
    expect(headings(review)).toEqual(['Scope growth', 'Highlights', 'Summary']);

    const renamed = j.ok<ReviewTemplate>('reviews:saveTemplate', {
      id: mine.id,
      name: 'Mine, renamed',
      sections: [{ id: 'top', kind: 'highlights', title: 'Top', limit: 1 }],
    });
    expect(renamed.sections).toEqual([{ id: 'top', kind: 'highlights', title: 'Top', enabled: true, limit: 1, rule: null, description: null }]);
    expect(j.ok('reviews:deleteTemplate', { id: mine.id })).toEqual({ deleted: true });
    expect(j.fail('reviews:preview', { templateId: mine.id, period: { preset: 'this-half' } }).code).toBe('not_found');
    // The review regenerates from its own copy of the template.
    expect(headings(j.ok<Review>('reviews:regenerate', { id: review.id }))).toEqual(headings(review));
  });

  it('refuses to delete a built-in, and checks sections', () => {
    expect(j.fail('reviews:deleteTemplate', { id: 'self-review' })).toMatchObject({ code: 'invalid_input', field: 'id' });
    const dup = j.fail('reviews:saveTemplate', {
      name: 'Dup',
      sections: [
        { id: 'a', kind: 'summary', title: 'A' },
        { id: 'a', kind: 'highlights', title: 'B' },
      ],
    });
    expect(dup.code).toBe('invalid_input');
    const ruleOnSummary = j.fail('reviews:saveTemplate', {
      name: 'Bad',
      sections: [{ id: 'a', kind: 'summary', title: 'A', rule: { tags: ['x'] } }],
    });
    expect(ruleOnSummary).toMatchObject({ code: 'invalid_input', field: 'sections.0.rule' });
  });
});

describe('settings are checked', () => {
  it('refuses incomplete custom ranges, unknown goals and unknown templates', () => {
    expect(j.fail('reviews:preview', { templateId: 'self-review', period: { preset: 'custom', to: '2025-01-01' } })).toMatchObject({
      code: 'invalid_input',
      field: 'period.from',
    });
    expect(
      j.fail('reviews:preview', { templateId: 'self-review', period: { preset: 'custom', from: '2025-02-01', to: '2025-01-01' } }).field,
    ).toBe('period.to');
    expect(
      j.fail('reviews:preview', {
        templateId: 'self-review',
        period: { preset: 'this-half' },
        filters: { goalIds: ['01978cc7-e500-70a1-862e-e9d4d5a49a21'] },
      }),
    ).toMatchObject({ code: 'invalid_input', field: 'filters.goalIds' });
    expect(j.fail('reviews:create', { templateId: 'nope', period: { preset: 'this-half' } }).code).toBe('not_found');
  });
});

describe('export', () => {
  it('gives the review as a Markdown file and as a standalone HTML file, with what the draft shows', () => {
    const review = j.ok<Review>('reviews:create', { ...HALF, title: 'H1 2025: review' });
    const edited = j.ok<Review>('reviews:update', {
      id: review.id,
      revision: 1,
      document: { type: 'doc', content: [...review.document.content!, { type: 'paragraph', content: [{ type: 'text', text: 'Added by me' }] }] },
    });
    const md = j.ok<ReviewExport>('reviews:export', { id: edited.id, format: 'markdown' });
    expect(md).toMatchObject({ filename: 'h1-2025-review.md', mimeType: 'text/markdown; charset=utf-8' });
    expect(md.content.startsWith('# H1 2025: review\n')).toBe(true);
    // Entry links go to the Evidence appendix inside the file; no app link is left.
    expect(md.content).toMatch(/- \[Billing launch\]\(<#entry-[0-9a-f-]{36}>\)\. Cut churn by 3%\./);
    expect(md.content).toMatch(/## Evidence\n\n- <a id="entry-[0-9a-f-]{36}"><\/a>\*\*Billing launch\*\* — \*1 Feb 2025, Project\*/);
    expect(md.content).toContain('Impact: Cut churn by 3%.');
    expect(md.content).toContain('](<#evidence>)');
    expect(md.content).not.toContain('scopebook:');
    expect(md.content).toContain('\nAdded by me\n');

    const html = j.ok<ReviewExport>('reviews:export', { id: edited.id, format: 'html' });
    expect(html).toMatchObject({ filename: 'h1-2025-review.html', mimeType: 'text/html; charset=utf-8' });
    expect(html.content).toContain('<h1>H1 2025: review</h1>');
    expect(html.content).toContain('<p>Added by me</p>');
    expect(html.content).not.toMatch(/<script/i);
    expect(html.content).toContain('<h2 id="evidence">Evidence</h2>');
    const anchors = [...html.content.matchAll(/<li id="(entry-[0-9a-f-]{36})">/g)].map((m) => m[1]);
    const targets = [...html.content.matchAll(/href="#(entry-[0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    expect(targets.every((t) => anchors.includes(t))).toBe(true);
    expect(html.content).not.toContain('scopebook:');
  });

  it('exports a draft without saving it, with the same Evidence appendix', () => {
    const before = j.ok<unknown[]>('reviews:list', {});
    const md = j.ok<ReviewExport>('reviews:exportDraft', { ...HALF, format: 'markdown' });
    expect(md.mimeType).toBe('text/markdown; charset=utf-8');
    expect(md.content).toMatch(/^# Self-review: ownership and visibility · /);
    const anchors = [...md.content.matchAll(/<a id="(entry-[0-9a-f-]{36})"><\/a>/g)].map((m) => m[1]);
    const targets = [...md.content.matchAll(/\]\(<#(entry-[0-9a-f-]{36})>\)/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => anchors.includes(t))).toBe(true);
    expect(md.content).not.toContain('scopebook:');
    const html = j.ok<ReviewExport>('reviews:exportDraft', { ...HALF, format: 'html', title: 'My H1' });
    expect(html.filename).toBe('my-h1.html');
    expect(html.content).toContain('<h2 id="evidence">Evidence</h2>');
    expect(j.ok<unknown[]>('reviews:list', {})).toEqual(before);
    expect(j.fail('reviews:exportDraft', { ...HALF, format: 'pdf' })).toMatchObject({ code: 'invalid_input', field: 'format' });
  });
});

describe('storage', () => {
  it('adds the review tables to a journal made before them, keeping its entries', () => {
    const dir = j.path.replace(/journal\.db$/, '');
    const path = `${dir}old.db`;
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
    const core = openCore(path);
    try {
      const r = core.call('entries:create', { occurredOn: '2025-02-01', body: textDoc('x'), ownershipLevel: 'task' });
      expect(r.ok).toBe(true);
      const created = core.call('reviews:create', HALF);
      expect(created.ok).toBe(true);
    } finally {
      core.close();
    }
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(MIGRATIONS.find((m) => m.name === 'reviews')?.version).toBe(2);
      const strict = raw
        .prepare(`SELECT name, strict FROM pragma_table_list WHERE name IN ('reviews', 'review_templates') ORDER BY name`)
        .all();
      expect(strict).toEqual([
        { name: 'review_templates', strict: 1 },
        { name: 'reviews', strict: 1 },
      ]);
    } finally {
      raw.close();
    }
  });
});
