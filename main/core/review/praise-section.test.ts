/** The "Praise and feedback" section of a review, on praise recorded in a real journal. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHref, type Review, type ReviewDraft, type ReviewExport, type ReviewTemplate } from '../../../common/contract';
import { docLines, docLinks, openTestJournal, sectionLines, type TestJournal } from './test-journal';

let j: TestJournal;
let alice: string;
let dana: string;
let billing: string;
let launch: string;
let docsEntry: string;

const Q1 = { preset: 'custom', from: '2025-01-01', to: '2025-03-31' } as const;
const TITLE = 'Praise and feedback';

function praise(input: Record<string, unknown>): string {
  return j.ok<{ id: string }>('praise:create', input).id;
}

function preview(extra: Record<string, unknown> = {}): ReviewDraft {
  return j.ok<ReviewDraft>('reviews:preview', { templateId: 'self-review', period: Q1, ...extra });
}

beforeEach(() => {
  j = openTestJournal('2025-04-10T10:00:00Z');
  alice = j.person('Alice', 'up', { keyDecider: true });
  dana = j.person('Dana', 'sideways');
  j.ok('people:update', {
    id: alice,
    motivations: 'SECRET-MOTIVE wants the platform team',
    influences: 'SECRET-INFLUENCE listens to the CTO',
    notes: 'SECRET-NOTE prefers short updates',
  });
  billing = j.goal('Billing v2');
  launch = j.entry({ occurredOn: '2025-02-01', title: 'Billing launch', level: 'project', starred: true, goalId: billing }).id;
  // Happened before the period: praise received in the period about it still counts.
  docsEntry = j.entry({ occurredOn: '2024-12-15', text: 'Wrote the on-call runbook\nwith the whole team', tags: ['docs'] }).id;
});

afterEach(() => j.close());

describe('praise in a review', () => {
  it('quotes praise received from the first to the last day of the period, newest first, and nothing outside', () => {
    praise({ words: 'Too early', fromStakeholderId: alice, receivedOn: '2024-12-31' });
    praise({ words: 'On the first day', fromStakeholderId: alice, receivedOn: '2025-01-01', channel: 'one-on-one', where: 'weekly sync' });
    praise({ words: 'The launch went really well', fromStakeholderId: dana, receivedOn: '2025-02-03', channel: 'chat', entryId: launch });
    praise({ words: 'On the last day', fromName: 'Priya from Sales', receivedOn: '2025-03-31' });
    praise({ words: 'Too late', fromStakeholderId: alice, receivedOn: '2025-04-01' });

    expect(sectionLines(preview().document, TITLE)).toEqual([
      '3 pieces of praise or feedback from 3 people, newest first.',
      '“On the last day” — Priya from Sales · 31 Mar 2025',
      '“The launch went really well” — Dana (Sideways) · 3 Feb 2025 · Chat · about Billing launch',
      '“On the first day” — Alice (Up) · 1 Jan 2025 · One-on-one, weekly sync',
    ]);
  });

  it('links praise about an entry to that entry, named by its first line when it has no title', () => {
    praise({ words: 'Great launch', fromStakeholderId: alice, receivedOn: '2025-02-02', entryId: launch });
    praise({ words: 'Best runbook we have', fromStakeholderId: dana, receivedOn: '2025-01-05', entryId: docsEntry });
    const draft = preview();
    expect(sectionLines(draft.document, TITLE)).toContain('“Best runbook we have” — Dana (Sideways) · 5 Jan 2025 · about Wrote the on-call runbook');
    const links = docLinks(draft.document);
    expect(links).toContain(entryHref(launch));
    // The runbook entry is from before the period: only the praise links to it.
    expect(links.filter((l) => l === entryHref(docsEntry))).toHaveLength(1);
  });

  it('keeps praise about an entry in the trash, without a link to it', () => {
    praise({ words: 'Nice runbook', fromStakeholderId: dana, receivedOn: '2025-01-05', entryId: docsEntry });
    j.ok('entries:delete', { id: docsEntry });
    const draft = preview();
    expect(sectionLines(draft.document, TITLE)).toEqual([
      '1 piece of praise or feedback from 1 person, newest first.',
      '“Nice runbook” — Dana (Sideways) · 5 Jan 2025',
    ]);
    expect(docLinks(draft.document)).not.toContain(entryHref(docsEntry));
  });

  it('still names a person who was deleted from the map, without a direction', () => {
    praise({ words: 'Thanks for the help', fromStakeholderId: dana, receivedOn: '2025-03-01' });
    j.ok('people:delete', { id: dana });
    expect(sectionLines(preview().document, TITLE)).toEqual([
      '1 piece of praise or feedback from 1 person, newest first.',
      '“Thanks for the help” — Dana · 1 Mar 2025',
    ]);
  });

  it('never shows private notes about the person who gave it, in the draft or in exports', () => {
    praise({ words: 'Solid quarter', fromStakeholderId: alice, receivedOn: '2025-03-01', entryId: launch });
    const review = j.ok<Review>('reviews:create', { templateId: 'promotion-case', period: Q1, title: 'Q1' });
    const md = j.ok<ReviewExport>('reviews:export', { id: review.id, format: 'markdown' }).content;
    const html = j.ok<ReviewExport>('reviews:export', { id: review.id, format: 'html' }).content;
    for (const out of [JSON.stringify(review.document), md, html]) {
      expect(out).toContain('Solid quarter');
      expect(out).not.toMatch(/SECRET/);
    }
  });

  it('leaves the section out when nothing was received in the period', () => {
    praise({ words: 'Last year', fromStakeholderId: alice, receivedOn: '2024-11-01' });
    const draft = preview();
    expect(sectionLines(draft.document, TITLE)).toBeNull();
    expect(docLines(draft.document).some((l) => l.includes('Last year'))).toBe(false);
  });

  it('with filters, keeps praise about entries that pass them and praise about no entry', () => {
    praise({ words: 'About the launch', fromStakeholderId: alice, receivedOn: '2025-02-02', entryId: launch });
    praise({ words: 'About the runbook', fromStakeholderId: dana, receivedOn: '2025-01-05', entryId: docsEntry });
    praise({ words: 'General thanks', fromStakeholderId: dana, receivedOn: '2025-03-03' });
    const words = (filters: Record<string, unknown>) =>
      (sectionLines(preview({ filters }).document, TITLE) ?? []).slice(1).map((l) => /“(.*)”/.exec(l)![1]);

    expect(words({})).toEqual(['General thanks', 'About the launch', 'About the runbook']);
    expect(words({ goalIds: [billing] })).toEqual(['General thanks', 'About the launch']);
    expect(words({ tags: ['docs'] })).toEqual(['General thanks', 'About the runbook']);
    expect(words({ minLevel: 'project' })).toEqual(['General thanks', 'About the launch']);
    expect(words({ starredOnly: true })).toEqual(['General thanks', 'About the launch']);
    expect(words({ minLevel: 'leverage' })).toEqual(['General thanks']);
  });

  it('follows the section limit and says how many were left out', () => {
    for (let day = 1; day <= 4; day++) praise({ words: `Thanks ${day}`, fromStakeholderId: alice, receivedOn: `2025-01-0${day}` });
    const draft = preview({ sections: [{ id: 'kudos', kind: 'praise', title: 'Kudos', limit: 2 }] });
    expect(sectionLines(draft.document, 'Kudos')).toEqual([
      '4 pieces of praise or feedback from 1 person, newest first.',
      '“Thanks 4” — Alice (Up) · 4 Jan 2025',
      '“Thanks 3” — Alice (Up) · 3 Jan 2025',
      '…and 2 more',
    ]);
  });

  it('is the same document every time, also after reopening the journal', () => {
    // Same day: the one recorded later comes first, however the rows are read.
    praise({ words: 'First said', fromStakeholderId: alice, receivedOn: '2025-02-02' });
    j.setNow('2025-04-10T11:00:00Z');
    praise({ words: 'Then said', fromStakeholderId: dana, receivedOn: '2025-02-02', entryId: launch });
    const first = preview();
    expect(sectionLines(first.document, TITLE)!.slice(1).map((l) => l.slice(0, 12))).toEqual(['“Then said” ', '“First said”']);
    expect(preview()).toEqual(first);
    j.reopen();
    expect(preview()).toEqual(first);
  });

  it('is part of the three built-in templates, and uses only node types the editor knows', () => {
    praise({ words: 'Well done', fromStakeholderId: alice, receivedOn: '2025-02-02', entryId: launch });
    const templates = j.ok<ReviewTemplate[]>('reviews:templates', {});
    for (const id of ['brag-document', 'self-review', 'promotion-case']) {
      expect(templates.find((t) => t.id === id)!.sections.map((s) => s.kind)).toContain('praise');
      const draft = j.ok<ReviewDraft>('reviews:preview', { templateId: id, period: Q1 });
      expect(sectionLines(draft.document, TITLE)).toContain('“Well done” — Alice (Up) · 2 Feb 2025 · about Billing launch');
    }
    const types = new Set<string>();
    const walk = (n: ReviewDraft['document']) => {
      types.add(n.type);
      for (const m of n.marks ?? []) types.add(`mark:${m.type}`);
      (n.content ?? []).forEach(walk);
    };
    walk(preview().document);
    const allowed = ['doc', 'heading', 'paragraph', 'bulletList', 'listItem', 'text', 'mark:bold', 'mark:italic', 'mark:link'];
    expect([...types].filter((t) => !allowed.includes(t))).toEqual([]);
  });

  it('exports to Markdown and HTML with the words quoted and the entry linked', () => {
    praise({ words: 'Loved the *launch* <demo>', fromStakeholderId: alice, receivedOn: '2025-02-02', channel: 'demo', entryId: launch });
    const review = j.ok<Review>('reviews:create', { templateId: 'self-review', period: Q1, title: 'Q1 review' });
    const md = j.ok<ReviewExport>('reviews:export', { id: review.id, format: 'markdown' }).content;
    expect(md).toContain(
      `## ${TITLE}\n\n1 piece of praise or feedback from 1 person, newest first.\n\n` +
        `- *“Loved the \\*launch\\* \\<demo>”* — Alice (Up) · 2 Feb 2025 · Demo · about [Billing launch](<#entry-${launch}>)\n`,
    );
    const html = j.ok<ReviewExport>('reviews:export', { id: review.id, format: 'html' }).content;
    expect(html).toContain(`<h2>${TITLE}</h2>`);
    expect(html).toContain(
      `<li><p><em>“Loved the *launch* &lt;demo&gt;”</em> — Alice (Up) · 2 Feb 2025 · Demo · about <a href="#entry-${launch}">Billing launch</a></p></li>`,
    );
  });
});

describe('own templates and praise', () => {
  const OLD_SECTIONS = [
    { id: 'summary', kind: 'summary', title: 'Summary' },
    { id: 'highlights', kind: 'highlights', title: 'Highlights', limit: 5 },
  ];

  it('a template saved before praise existed still loads and generates, without praise', () => {
    praise({ words: 'Well done', fromStakeholderId: alice, receivedOn: '2025-02-02' });
    // A row exactly as the version before praise stored it.
    const id = '01960000-0000-7000-8000-000000000001';
    const stored = OLD_SECTIONS.map((s) => ({ enabled: true, limit: null, rule: null, description: null, ...s }));
    j.core.db
      .prepare('INSERT INTO review_templates (id, name, description, sections, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, 'Mine', null, JSON.stringify(stored), '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    j.reopen();
    const template = j.ok<ReviewTemplate[]>('reviews:templates', {}).find((t) => t.id === id)!;
    expect(template.sections.map((s) => s.kind)).toEqual(['summary', 'highlights']);
    const draft = j.ok<ReviewDraft>('reviews:preview', { templateId: id, period: Q1 });
    expect(docLines(draft.document).filter((l) => l.startsWith('## '))).toEqual(['## Summary', '## Highlights']);
  });

  it('a review saved from an old template regenerates as before', () => {
    const saved = j.ok<ReviewTemplate>('reviews:saveTemplate', { name: 'Mine', sections: OLD_SECTIONS });
    const review = j.ok<Review>('reviews:create', { templateId: saved.id, period: Q1 });
    praise({ words: 'Well done', fromStakeholderId: alice, receivedOn: '2025-02-02' });
    const again = j.ok<Review>('reviews:regenerate', { id: review.id });
    expect(docLines(again.document).filter((l) => l.startsWith('## '))).toEqual(['## Summary', '## Highlights']);
  });

  it('a template listing praise validates, saves and generates; a praise section with a rule is refused', () => {
    praise({ words: 'Well done', fromStakeholderId: alice, receivedOn: '2025-02-02' });
    const saved = j.ok<ReviewTemplate>('reviews:saveTemplate', {
      name: 'Kudos first',
      sections: [{ id: 'kudos', kind: 'praise', title: 'Kudos' }, ...OLD_SECTIONS],
    });
    expect(saved.sections[0]).toEqual({ id: 'kudos', kind: 'praise', title: 'Kudos', enabled: true, limit: null, rule: null, description: null });
    const draft = j.ok<ReviewDraft>('reviews:preview', { templateId: saved.id, period: Q1 });
    expect(docLines(draft.document).filter((l) => l.startsWith('## '))).toEqual(['## Kudos', '## Summary', '## Highlights']);

    const bad = j.fail('reviews:saveTemplate', {
      name: 'Bad',
      sections: [{ id: 'kudos', kind: 'praise', title: 'Kudos', rule: { minLevel: 'project' } }],
    });
    expect(bad.code).toBe('invalid_input');
    expect(j.ok<ReviewTemplate[]>('reviews:templates', {}).map((t) => t.name)).not.toContain('Bad');
  });
});
