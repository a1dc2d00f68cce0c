/** Which entries fall in or out of a review at the edges of its period, against a real journal, in zones other than UTC. */
import { afterEach, describe, expect, it } from 'vitest';
import { entryHref, type ReviewDraft } from '../../../common/contract';
import { restoreTimeZoneAfterEach } from '../test-helpers';
import { docLinks, openTestJournal, type TestJournal } from './test-journal';

restoreTimeZoneAfterEach();

let j: TestJournal | undefined;
afterEach(() => {
  j?.close();
  j = undefined;
});

function included(draft: ReviewDraft, ids: Record<string, string>): string[] {
  const links = new Set(docLinks(draft.document));
  return Object.entries(ids)
    .filter(([, id]) => links.has(entryHref(id)))
    .map(([day]) => day);
}

function entriesOn(journal: TestJournal, days: string[]): Record<string, string> {
  return Object.fromEntries(days.map((day) => [day, journal.entry({ occurredOn: day, title: `Work of ${day}` }).id]));
}

const highlightsOnly = [{ id: 'h', kind: 'entries', title: 'Highlights', limit: 500 }];

describe('period edges', () => {
  it('"this quarter" follows the local day, not the UTC one, just after midnight on a DST night (Berlin)', () => {
    process.env.TZ = 'Europe/Berlin';
    // 00:30 on 1 April in Berlin (summer time since 30 March) is still 31 March in UTC.
    j = openTestJournal('2025-03-31T22:30:00Z');
    const ids = entriesOn(j, ['2024-12-31', '2025-01-01', '2025-03-30', '2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01']);
    const today = j.entry({ title: 'Written just after midnight' });
    expect(today.occurredOn).toBe('2025-04-01');

    const draft = j.ok<ReviewDraft>('reviews:preview', {
      templateId: 'self-review',
      sections: highlightsOnly,
      period: { preset: 'this-quarter' },
    });
    expect(draft.period).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(included(draft, ids)).toEqual(['2025-04-01', '2025-06-30']);
    expect(docLinks(draft.document)).toContain(entryHref(today.id));
    expect(draft.figures.entries).toBe(3);
    // The quarter before (1 Jan – 31 Mar) has the same number of days: 91 in 2025.
    expect(draft.previousPeriod).toEqual({ from: '2024-12-31', to: '2025-03-31' });
    expect(draft.figures.levels.previous.total).toBe(4);
  });

  it('a one-day custom range takes exactly that day, even one whose midnight did not exist (São Paulo, 4 Nov 2018)', () => {
    process.env.TZ = 'America/Sao_Paulo';
    j = openTestJournal('2018-11-04T15:00:00Z');
    const ids = entriesOn(j, ['2018-11-03', '2018-11-04', '2018-11-05']);
    const draft = j.ok<ReviewDraft>('reviews:preview', {
      templateId: 'self-review',
      sections: highlightsOnly,
      period: { preset: 'custom', from: '2018-11-04', to: '2018-11-04' },
    });
    expect(included(draft, ids)).toEqual(['2018-11-04']);
    expect(draft.previousPeriod).toEqual({ from: '2018-11-03', to: '2018-11-03' });
    expect(draft.figures.levels.previous.total).toBe(1);
  });

  it('"last 6 months" includes its first and last day and nothing either side (New York, across both DST changes)', () => {
    process.env.TZ = 'America/New_York';
    // 23:30 on 30 June in New York is already 1 July in UTC.
    j = openTestJournal('2025-07-01T03:30:00Z');
    const ids = entriesOn(j, ['2024-12-30', '2024-12-31', '2025-03-09', '2025-06-30', '2025-07-01']);
    const draft = j.ok<ReviewDraft>('reviews:preview', {
      templateId: 'self-review',
      sections: highlightsOnly,
      period: { preset: 'last-6-months' },
    });
    // 30 June minus six months is 30 December; the range starts the day after.
    expect(draft.period).toEqual({ from: '2024-12-31', to: '2025-06-30' });
    expect(included(draft, ids)).toEqual(['2024-12-31', '2025-03-09', '2025-06-30']);
  });

  it('"year to date" and "last year" meet without a gap or an overlap at New Year (Auckland)', () => {
    process.env.TZ = 'Pacific/Auckland';
    j = openTestJournal('2025-01-01T00:00:00Z'); // 13:00 on 1 January in Auckland
    const ids = entriesOn(j, ['2023-12-31', '2024-01-01', '2024-12-31', '2025-01-01']);
    const ytd = j.ok<ReviewDraft>('reviews:preview', { templateId: 'self-review', sections: highlightsOnly, period: { preset: 'year-to-date' } });
    const last = j.ok<ReviewDraft>('reviews:preview', { templateId: 'self-review', sections: highlightsOnly, period: { preset: 'last-year' } });
    expect(included(ytd, ids)).toEqual(['2025-01-01']);
    expect(included(last, ids)).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('entries in the trash are never included', () => {
    process.env.TZ = 'UTC';
    j = openTestJournal();
    const ids = entriesOn(j, ['2025-02-01', '2025-02-02']);
    j.ok('entries:delete', { id: ids['2025-02-02'] });
    const draft = j.ok<ReviewDraft>('reviews:preview', {
      templateId: 'self-review',
      sections: highlightsOnly,
      period: { preset: 'custom', from: '2025-02-01', to: '2025-02-02' },
    });
    expect(included(draft, ids)).toEqual(['2025-02-01']);
    expect(draft.figures.entries).toBe(1);
  });
});
