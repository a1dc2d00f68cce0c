/**
 * Where a review's claims point: entries (`scopebook://entry/<id>`) and the timeline filtered
 * to what a figure counts (`scopebook://timeline?level=project&from=…`). The query is the
 * timeline's own hash query (renderer/src/timeline/filters.ts), in the same parameter order.
 */
import { timelineHref } from '../../../common/contract';
import { levelsAtLeast, type OwnershipLevel } from '../../../common/vocabulary';
import type { ReviewData } from './load';

export interface TimelineQuery {
  from: string;
  to: string;
  levels?: readonly OwnershipLevel[];
  person?: string;
  tags?: readonly string[];
  goal?: string;
  starred?: boolean;
}

/** The href of the timeline filtered by `q`. */
export function timelineLink(q: TimelineQuery): string {
  const p = new URLSearchParams();
  for (const l of q.levels ?? []) p.append('level', l);
  if (q.person) p.append('person', q.person);
  for (const t of q.tags ?? []) p.append('tag', t);
  if (q.goal) p.set('goal', q.goal);
  p.set('from', q.from);
  p.set('to', q.to);
  if (q.starred) p.set('starred', '1');
  return timelineHref(p.toString());
}

/**
 * The timeline query for the review's own period and filters, narrowed by `extra`. A level
 * asked for is intersected with the review's minimum level; a goal filter of several goals
 * (which the timeline cannot express) is left out rather than guessed.
 */
export function periodQuery(data: ReviewData, extra: Partial<TimelineQuery> = {}): TimelineQuery {
  const f = data.filters;
  const min = f.minLevel ? levelsAtLeast(f.minLevel) : null;
  const levels = extra.levels ? extra.levels.filter((l) => !min || min.includes(l)) : (min ?? undefined);
  const goal = extra.goal ?? (f.goalIds.length === 1 ? f.goalIds[0] : undefined);
  return {
    from: data.period.from,
    to: data.period.to,
    ...(levels && levels.length > 0 ? { levels } : {}),
    ...(extra.person ? { person: extra.person } : {}),
    ...(extra.tags ? { tags: extra.tags } : f.tags.length === 1 ? { tags: f.tags } : {}),
    ...(goal ? { goal } : {}),
    ...(extra.starred || f.starredOnly ? { starred: true } : {}),
  };
}

/** The timeline of the review's period at `min` level or above. */
export function levelLink(data: ReviewData, min: OwnershipLevel): string {
  return timelineLink(periodQuery(data, { levels: levelsAtLeast(min) }));
}
