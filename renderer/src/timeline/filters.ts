/**
 * Timeline filters kept in the URL hash (`#/timeline?level=project&tag=ops`), so back and
 * forward restore them. Unknown or malformed values are dropped rather than sent to the core.
 */
import type { EntryFilterInput } from '../../../common/contract';
import { OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import { normaliseTag } from '../../../common/tags';
import { parseDay } from '../ui/dates';

/** What the timeline shows: every field narrows the list. */
export interface TimelineFilters {
  levels: OwnershipLevel[];
  people: string[];
  tags: string[];
  goal: string | null;
  from: string | null;
  to: string | null;
  starred: boolean;
  /** Full-text search; when set the timeline shows search results instead of the plain list. */
  q: string;
}

/** No filter at all. */
export const NO_FILTERS: TimelineFilters = {
  levels: [],
  people: [],
  tags: [],
  goal: null,
  from: null,
  to: null,
  starred: false,
  q: '',
};

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Reads filters from the query part of the hash. */
export function filtersFromQuery(query: URLSearchParams): TimelineFilters {
  const levels = unique(query.getAll('level')).filter((l): l is OwnershipLevel =>
    (OWNERSHIP_LEVELS as readonly string[]).includes(l),
  );
  const day = (key: string) => {
    const v = query.get(key);
    return v && parseDay(v) ? v : null;
  };
  const goal = query.get('goal');
  return {
    levels: OWNERSHIP_LEVELS.filter((l) => levels.includes(l)),
    people: unique(query.getAll('person')).filter((id) => ID.test(id)),
    tags: unique(query.getAll('tag').map(normaliseTag)).filter((t) => t !== '' && t.length <= 60),
    goal: goal && ID.test(goal) ? goal : null,
    from: day('from'),
    to: day('to'),
    starred: query.get('starred') === '1',
    q: (query.get('q') ?? '').slice(0, 500),
  };
}

/** Writes filters as a query string, in a stable order; empty filters leave no trace. */
export function filtersToQuery(f: TimelineFilters): string {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q);
  for (const l of f.levels) p.append('level', l);
  for (const id of f.people) p.append('person', id);
  for (const t of f.tags) p.append('tag', t);
  if (f.goal) p.set('goal', f.goal);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.starred) p.set('starred', '1');
  return p.toString();
}

/** The contract's filter input for list, count and search. */
export function filtersToInput(f: TimelineFilters): EntryFilterInput {
  const input: EntryFilterInput = {};
  if (f.levels.length > 0) input.levels = f.levels;
  if (f.people.length > 0) input.stakeholders = f.people;
  if (f.tags.length > 0) input.tags = f.tags;
  if (f.goal) input.goalId = f.goal;
  // A reversed range is read the way the person meant it.
  const [from, to] = f.from && f.to && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
  if (from) input.from = from;
  if (to) input.to = to;
  if (f.starred) input.starred = true;
  return input;
}

/** How many filters (search aside) narrow the list: shown on the filter toggle. */
export function activeFilterCount(f: TimelineFilters): number {
  return (
    f.levels.length +
    f.people.length +
    f.tags.length +
    (f.goal ? 1 : 0) +
    (f.from ? 1 : 0) +
    (f.to ? 1 : 0) +
    (f.starred ? 1 : 0)
  );
}
