/** What each section of a generated draft says, on fixed data in a real journal. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTRY_LINK_PREFIX, entryHref, type ReviewDraft, TIMELINE_LINK_PREFIX } from '../../../common/contract';
import { docLinks, docLines, openTestJournal, sectionLines, type TestJournal } from './test-journal';

let j: TestJournal;
let ids: Record<string, string>;
let people: Record<string, string>;
let goals: Record<string, string>;

/**
 * First half of 2025 against the second half of 2024 (181 days each: 4 Jul – 31 Dec 2024).
 * Current: 3 task, 1 milestone, 1 project, 1 value, 1 leverage. Previous: 3 task, 1 project.
 */
beforeEach(() => {
  j = openTestJournal('2025-07-02T10:00:00Z');
  people = {
    alice: j.person('Alice', 'up', { keyDecider: true }),
    bob: j.person('Bob', 'skip-level', { keyDecider: true, role: 'VP Engineering' }),
    carol: j.person('Carol', 'diagonal-up'),
    dana: j.person('Dana', 'sideways'),
    eve: j.person('Eve', 'down'),
    olga: j.person('Olga', 'outside'),
    zed: j.person('Zed', 'skip-level', { keyDecider: true }),
  };
  j.ok('people:archive', { id: people.zed });
  goals = { billing: j.goal('Billing v2'), oncall: j.goal('Calmer on-call') };
  ids = {
    docs: j.entry({ occurredOn: '2025-01-10', title: 'Wrote the runbook', tags: ['docs'], seenBy: [people.dana!], goalId: goals.billing }).id,
    churn: j.entry({
      occurredOn: '2025-02-01',
      title: 'Billing launch',
      level: 'project',
      starred: true,
      impact: 'Cut churn by 3%',
      seenBy: [people.alice!, people.dana!],
      goalId: goals.billing,
    }).id,
    mentor: j.entry({ occurredOn: '2025-03-05', title: 'Mentored Eve', level: 'milestone', tags: ['learning'], seenBy: [people.eve!] }).id,
    pricing: j.entry({ occurredOn: '2025-04-20', title: 'Pricing strategy', level: 'value', seenBy: [people.alice!], goalId: goals.oncall }).id,
    hiring: j.entry({ occurredOn: '2025-05-01', title: 'Hiring loop redesign', level: 'leverage', tags: ['hiring'], seenBy: [people.olga!] }).id,
    lastA: j.entry({ occurredOn: '2025-06-30', title: 'Design review notes', tags: ['docs'] }).id,
    lastB: j.entry({ occurredOn: '2025-06-30', text: 'Fixed the flaky login test\nand more' }).id,
  };
  // Outside the period, and in the trash: never counted.
  j.entry({ occurredOn: '2025-07-01', title: 'Next half', level: 'leverage', seenBy: [people.bob!] });
  j.ok('entries:delete', { id: j.entry({ occurredOn: '2025-03-01', title: 'Deleted', level: 'leverage', seenBy: [people.bob!] }).id });
  // The previous period: 4 Jul – 31 Dec 2024 (3 Jul is one day too early).
  for (const day of ['2024-08-01', '2024-09-01', '2024-10-01']) j.entry({ occurredOn: day });
  j.entry({ occurredOn: '2024-11-01', level: 'project' });
  j.entry({ occurredOn: '2024-07-03', level: 'leverage' });
});

afterEach(() => j.close());

const H1 = { preset: 'custom', from: '2025-01-01', to: '2025-06-30' } as const;

function preview(extra: Record<string, unknown> = {}): ReviewDraft {
  return j.ok<ReviewDraft>('reviews:preview', { templateId: 'self-review', period: H1, ...extra });
}

describe('self-review draft', () => {
  it('sums the period up', () => {
    const draft = preview();
    expect(draft.figures).toMatchObject({
      entries: 7,
      daysJournaled: 6,
      starred: 1,
      goalsTouched: 2,
      projectLevelEntries: 3,
      peopleReached: 4,
      highestLevel: 'leverage',
    });
    expect(sectionLines(draft.document, 'Summary')).toEqual([
      '7 entries on 6 days journaled, 1 Jan – 30 Jun 2025; 1 starred.',
      '2 goals touched: Billing v2 and Calmer on-call.',
      '3 entries at the Project level or above.',
      '4 people saw the work (up, sideways, down, outside).',
      'Highest ownership level reached: Business leverage, in 1 entry.',
    ]);
    // Every figure links to the timeline filtered to what it counts.
    const links = docLinks(draft.document);
    expect(links).toContain('scopebook://timeline?from=2025-01-01&to=2025-06-30');
    expect(links).toContain('scopebook://timeline?from=2025-01-01&to=2025-06-30&starred=1');
    expect(links).toContain(`scopebook://timeline?goal=${goals.billing}&from=2025-01-01&to=2025-06-30`);
    expect(links).toContain('scopebook://timeline?level=project&level=value&level=leverage&from=2025-01-01&to=2025-06-30');
    expect(links).toContain('scopebook://timeline?level=leverage&from=2025-01-01&to=2025-06-30');
  });

  it('chooses highlights by strength (level, star, measured impact, key deciders), never padded with Task-level work', () => {
    const lines = sectionLines(preview().document, 'Highlights')!;
    expect(lines).toEqual([
      // Project + star + a measured impact + seen by key decider Alice outweighs an unstarred Business leverage entry.
      'Billing launch. Cut churn by 3%. Seen by Alice. Project, 1 Feb 2025',
      'Hiring loop redesign. Business leverage, 1 May 2025',
      'Pricing strategy. Seen by Alice. Product value, 20 Apr 2025',
    ]);
    // The unstarred Milestone and the Task-level entries are not highlights, and nothing says "…and N more".
    expect(lines.join('\n')).not.toMatch(/Mentored|runbook|more/);
  });

  it('compares the level mix with the previous period of the same length, in whole percentages adding to 100', () => {
    const draft = preview();
    const { current, previous } = draft.figures.levels;
    expect(previous.counts).toEqual({ task: 3, milestone: 0, project: 1, value: 0, leverage: 0 });
    // 3/7, 1/7 × 4: 42.9 and 14.3 — the two points left go to the largest remainder (task), then the higher level.
    expect(current.percents).toEqual({ task: 43, milestone: 14, project: 14, value: 14, leverage: 15 });
    expect(previous.percents).toEqual({ task: 75, milestone: 0, project: 25, value: 0, leverage: 0 });
    expect(sectionLines(draft.document, 'Scope growth')).toEqual([
      'Task-level work fell from 75% to 43% of your entries, compared with 4 Jul – 31 Dec 2024.',
      'Business leverage: 15% (1 entry), was 0%.',
      'Product value: 14% (1 entry), was 0%.',
      'Project: 14% (1 entry), was 25%.',
      'Milestone: 14% (1 entry), was 0%.',
      'Task: 43% (3 entries), was 75%.',
      'Shares of 7 rated entries, against 4 in 4 Jul – 31 Dec 2024.',
    ]);
  });

  it('says plainly when there is nothing to compare with', () => {
    const draft = preview({ period: { preset: 'custom', from: '2024-06-01', to: '2024-11-30' } });
    const lines = sectionLines(draft.document, 'Scope growth')!;
    expect(lines[0]).toBe('There are no rated entries in the previous period (1 Dec 2023 – 31 May 2024) to compare with.');
    expect(lines.every((l) => !l.includes('was'))).toBe(true);
  });

  it('groups who saw the work by direction and names the key deciders who saw nothing', () => {
    const draft = preview();
    expect(sectionLines(draft.document, 'Visibility')).toEqual([
      '4 people saw this work.',
      'Up: Alice (2 entries, up to Product value).',
      'Sideways: Dana (2 entries, up to Project).',
      'Down: Eve (1 entry, up to Milestone).',
      'Outside: Olga (1 entry, up to Business leverage).',
      'Gaps: these key deciders saw none of your work in this period.',
      'Bob — Skip-level and above, VP Engineering',
      'Nobody saw any work from this period in: Diagonal-up (1 person in your map).',
    ]);
    // Archived Zed is no gap; Bob saw only a trashed entry and one after the period.
    expect(draft.figures.gaps).toEqual([{ id: people.bob, name: 'Bob', direction: 'skip-level' }]);
  });

  it('a key decider who saw anything in the period is no gap, even when filters leave that entry out', () => {
    const draft = preview({ filters: { starredOnly: true } });
    expect(draft.figures.gaps.map((g) => g.name)).toEqual(['Bob']);
    expect(sectionLines(draft.document, 'Visibility')).toEqual([
      '2 people saw this work.',
      'Up: Alice (1 entry, up to Project).',
      'Sideways: Dana (1 entry, up to Project).',
      'Gaps: these key deciders saw none of your work in this period.',
      'Bob — Skip-level and above, VP Engineering',
      'Nobody saw any work from this period in: Diagonal-up (1 person in your map).',
    ]);
  });

  it('lists collaboration with peers and reports, and the evidence for the next level', () => {
    const draft = preview();
    // Every entry here was told in full in an earlier section: it is only named, with where it was told.
    expect(sectionLines(draft.document, 'Collaboration and mentoring')).toEqual([
      'Also part of this, told above: Billing launch (Highlights), Mentored Eve (Work by tag) and Wrote the runbook (Work by goal).',
    ]);
    expect(sectionLines(draft.document, 'Evidence for the next level')).toEqual([
      'Also part of this, told above: Hiring loop redesign (Highlights) and Pricing strategy (Highlights).',
    ]);
    // Told first by the collaboration section, the entry says who in those directions saw it.
    const own = preview({ sections: [{ id: 'c', kind: 'entries', title: 'Collab', rule: { directions: ['sideways', 'down'] } }] });
    expect(sectionLines(own.document, 'Collab')).toEqual([
      'Billing launch. Cut churn by 3%. Seen by Dana. Project, 1 Feb 2025',
      'Mentored Eve. Seen by Eve. Milestone, 5 Mar 2025',
      'Wrote the runbook. Seen by Dana. Task, 10 Jan 2025',
    ]);
  });

  it('groups work by goal and by tag, the largest groups first', () => {
    const draft = preview();
    expect(sectionLines(draft.document, 'Work by goal')).toEqual([
      'Billing v2: 2 entries, up to Project level.',
      'Wrote the runbook. Task, 10 Jan 2025',
      'Also part of this, told above: Billing launch (Highlights).',
      'Calmer on-call: 1 entry, up to Product value level.',
      'Also part of this, told above: Pricing strategy (Highlights).',
    ]);
    expect(sectionLines(draft.document, 'Work by tag')).toEqual([
      '#docs: 2 entries, up to Task level.',
      'Design review notes. Task, 30 Jun 2025',
      'Also part of this, told above: Wrote the runbook (Work by goal).',
      '#hiring: 1 entry, up to Business leverage level.',
      'Also part of this, told above: Hiring loop redesign (Highlights).',
      '#learning: 1 entry, up to Milestone level.',
      'Mentored Eve. Milestone, 5 Mar 2025',
    ]);
  });

  it('links every item to its entry or the filtered timeline, and tells each entry in one section only', () => {
    for (const templateId of ['self-review', 'brag-document', 'promotion-case']) {
      const draft = j.ok<ReviewDraft>('reviews:preview', { templateId, period: H1 });
      const links = docLinks(draft.document);
      expect(links.every((href) => href.startsWith(ENTRY_LINK_PREFIX) || href.startsWith(TIMELINE_LINK_PREFIX))).toBe(true);
      // Only the period's live entries are linked.
      const known = new Set(Object.values(ids).map(entryHref));
      expect(links.filter((h) => h.startsWith(ENTRY_LINK_PREFIX)).every((h) => known.has(h))).toBe(true);
      // An entry told in full ends with its level and date; each one at most once in the whole draft.
      const told = docLines(draft.document).filter((l) => /\d{4}$/.test(l) && !l.startsWith('## '));
      expect(new Set(told).size).toBe(told.length);
    }
  });

  it('is the same document every time for the same data and settings, also after reopening the journal', () => {
    const first = preview();
    expect(preview()).toEqual(first);
    j.reopen();
    expect(preview()).toEqual(first);
  });
});

describe('brag document', () => {
  it('sorts entries into goals, projects, collaboration, design & documentation, learning and beyond the role', () => {
    // Shown to someone outside the company, but part of the job: not "beyond the role".
    j.entry({ occurredOn: '2025-05-10', title: 'Customer demo of billing', level: 'milestone', seenBy: [people.olga!] });
    const draft = j.ok<ReviewDraft>('reviews:preview', { templateId: 'brag-document', period: H1 });
    const headings = docLines(draft.document).filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Goals',
      '## Projects',
      '## Collaboration & mentorship',
      '## Design & documentation',
      '## Learning',
      '## Beyond the role',
    ]);
    expect(sectionLines(draft.document, 'Design & documentation')).toEqual([
      'Design review notes. Task, 30 Jun 2025',
      'Also part of this, told above: Wrote the runbook (Goals).',
    ]);
    expect(sectionLines(draft.document, 'Learning')).toEqual(['Also part of this, told above: Mentored Eve (Collaboration & mentorship).']);
    expect(sectionLines(draft.document, 'Beyond the role')).toEqual(['Also part of this, told above: Hiring loop redesign (Projects).']);
    expect(sectionLines(draft.document, 'Projects')).toEqual([
      'Hiring loop redesign. Business leverage, 1 May 2025',
      'Also part of this, told above: Billing launch (Goals) and Pricing strategy (Goals).',
    ]);
  });
});

describe('choosing what goes in', () => {
  it('leaves out sections with nothing to show', () => {
    const draft = preview({ filters: { tags: ['learning'] } });
    const headings = docLines(draft.document).filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      // No highlights: an unstarred Milestone entry without a measured impact is not one.
      '## Summary',
      '## Scope growth',
      '## Work by tag',
      '## Visibility',
      '## Collaboration and mentoring',
    ]);
    expect(docLines(draft.document)[0]).toBe('1 Jan – 30 Jun 2025. Only entries tagged #learning.');
  });

  it('says so when nothing matches at all', () => {
    const draft = preview({ period: { preset: 'custom', from: '2020-01-01', to: '2020-12-31' } });
    expect(docLines(draft.document)).toEqual(['1 Jan – 31 Dec 2020.', 'No entries match this period and these filters.']);
  });

  it('filters by goals, minimum level and stars, and says which filters were used', () => {
    const byGoal = preview({ filters: { goalIds: [goals.billing] } });
    expect(byGoal.figures.entries).toBe(2);
    const high = preview({ filters: { minLevel: 'value' } });
    expect(high.figures.entries).toBe(2);
    expect(high.figures.levels.previous.total).toBe(0); // the same filters apply to the previous period
    const starred = preview({ filters: { starredOnly: true, minLevel: 'project', goalIds: [goals.billing, goals.oncall] } });
    expect(starred.figures.entries).toBe(1);
    expect(docLines(starred.document)[0]).toBe(
      '1 Jan – 30 Jun 2025. Only starred entries at ▲ Project or above, linked to Billing v2 or Calmer on-call.',
    );
  });

  it('follows reordered, turned-off and limited sections', () => {
    const draft = preview({
      sections: [
        { id: 'evidence', kind: 'entries', title: 'Big things', rule: { minLevel: 'value' } },
        { id: 'summary', kind: 'summary', title: 'Summary', enabled: false },
        { id: 'top', kind: 'highlights', title: 'Top two', limit: 2 },
      ],
    });
    expect(docLines(draft.document).filter((l) => l.startsWith('## '))).toEqual(['## Big things', '## Top two']);
    expect(sectionLines(draft.document, 'Big things')).toEqual([
      'Hiring loop redesign. Business leverage, 1 May 2025',
      'Pricing strategy. Seen by Alice. Product value, 20 Apr 2025',
    ]);
    // The two strongest: one told here, one already told by 'Big things'.
    expect(sectionLines(draft.document, 'Top two')).toEqual([
      'Billing launch. Cut churn by 3%. Seen by Alice. Project, 1 Feb 2025',
      'Also part of this, told above: Hiring loop redesign (Big things).',
    ]);
  });

  it('uses only node and mark types the editor knows without extensions', () => {
    const types = new Set<string>();
    const walk = (n: ReviewDraft['document']) => {
      types.add(n.type);
      for (const m of n.marks ?? []) types.add(`mark:${m.type}`);
      (n.content ?? []).forEach(walk);
    };
    for (const templateId of ['self-review', 'brag-document', 'promotion-case']) {
      walk(j.ok<ReviewDraft>('reviews:preview', { templateId, period: H1 }).document);
    }
    const allowed = ['doc', 'heading', 'paragraph', 'bulletList', 'orderedList', 'listItem', 'text', 'mark:bold', 'mark:italic', 'mark:link'];
    expect([...types].filter((t) => !allowed.includes(t))).toEqual([]);
  });
});

describe('recency bias', () => {
  it('names runs of months with little written, from the journal as it is', () => {
    // H1 2025 has 7 entries (about 1.2 a month): February and June hold one or two, Mar–May one each.
    const quiet = preview().figures.quiet;
    expect(quiet).toEqual([]);
    for (const day of ['2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05', '2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09']) {
      j.entry({ occurredOn: day, title: `January ${day}` });
    }
    // Now 15 entries, 2.5 a month: February, March, April and May (one entry each, under half the average) are quiet, June (2) is not.
    const after = preview().figures.quiet;
    expect(after).toEqual([{ from: '2025-02-01', to: '2025-05-31', months: ['2025-02', '2025-03', '2025-04', '2025-05'], entries: 4 }]);
  });
});

