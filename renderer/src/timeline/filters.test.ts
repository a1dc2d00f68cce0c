import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersFromQuery, filtersToInput, filtersToQuery, NO_FILTERS, type TimelineFilters } from './filters';

const ALICE = '01900000-0000-7000-8000-000000000001';
const GOAL = '01900000-0000-7000-8000-0000000000aa';

describe('timeline filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const f: TimelineFilters = {
      levels: ['milestone', 'project'],
      people: [ALICE],
      tags: ['ops', 'q3-planning'],
      goal: GOAL,
      from: '2025-01-01',
      to: '2025-03-31',
      starred: true,
      q: 'launch "error budget"',
    };
    expect(filtersFromQuery(new URLSearchParams(filtersToQuery(f)))).toEqual(f);
  });

  it('writes nothing for no filters', () => {
    expect(filtersToQuery(NO_FILTERS)).toBe('');
    expect(filtersFromQuery(new URLSearchParams(''))).toEqual(NO_FILTERS);
  });

  it('reads the short form a person might type', () => {
    const f = filtersFromQuery(new URLSearchParams('level=project&tag=Ops'));
    expect(f.levels).toEqual(['project']);
    expect(f.tags).toEqual(['ops']);
  });

  it('drops unknown levels, malformed ids, impossible days and duplicates', () => {
    const f = filtersFromQuery(
      new URLSearchParams('level=epic&level=task&level=task&person=bob&goal=1&from=2025-02-30&to=2025-03-01&starred=yes'),
    );
    expect(f).toEqual({ ...NO_FILTERS, levels: ['task'], to: '2025-03-01' });
  });

  it('keeps levels in ladder order whatever order the URL used', () => {
    expect(filtersFromQuery(new URLSearchParams('level=leverage&level=task')).levels).toEqual(['task', 'leverage']);
  });
});

describe('timeline filters for the core', () => {
  it('maps to the contract filter names', () => {
    expect(
      filtersToInput({ ...NO_FILTERS, levels: ['value'], people: [ALICE], tags: ['ops'], goal: GOAL, starred: true }),
    ).toEqual({ levels: ['value'], stakeholders: [ALICE], tags: ['ops'], goalId: GOAL, starred: true });
  });

  it('reads a reversed date range the way it was meant', () => {
    expect(filtersToInput({ ...NO_FILTERS, from: '2025-03-31', to: '2025-01-01' })).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
    });
  });

  it('counts the filters that narrow the list, not the search', () => {
    expect(activeFilterCount({ ...NO_FILTERS, q: 'x' })).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, levels: ['task', 'value'], starred: true, from: '2025-01-01' })).toBe(4);
  });
});
