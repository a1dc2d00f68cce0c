/**
 * Figures for the UI: the activity heatmap with streaks, the ownership-level mix per month
 * and who saw the work, per direction. Days are local calendar days (date-fns on local
 * midnights, so DST changes never skip or repeat a day). Only live entries count.
 */
import { differenceInCalendarDays, eachDayOfInterval, eachMonthOfInterval, format, parseISO, subDays } from 'date-fns';
import type { DirectionVisibility, Handlers, LevelMonth } from '../../common/contract';
import { DIRECTIONS, type Direction, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../common/vocabulary';
import type { Ctx } from './api';
import { localDay } from './clock';
import type { Db } from './db';
import { invalid } from './errors';

/** A heatmap longer than this is not something anyone can read; it also bounds the reply. */
const MAX_ACTIVITY_DAYS = 10_000;

const DAY = 'yyyy-MM-dd';

function previousDay(day: string): string {
  return format(subDays(parseISO(day), 1), DAY);
}

/** Consecutive journaled days ending at `today`, or at yesterday when today has no entry yet. */
function currentStreak(db: Db, today: string): number {
  const days = db
    .prepare(
      `SELECT DISTINCT occurred_on FROM entries
       WHERE deleted_at IS NULL AND example = 0 AND occurred_on <= ? ORDER BY occurred_on DESC`,
    )
    .pluck()
    .iterate(today) as IterableIterator<string>;
  let expected = today;
  let streak = 0;
  for (const day of days) {
    if (day === expected) {
      streak++;
      expected = previousDay(expected);
    } else if (streak === 0 && day === previousDay(today)) {
      streak = 1;
      expected = previousDay(day);
    } else {
      break;
    }
  }
  return streak;
}

function longestRun(counts: number[]): number {
  let best = 0;
  let run = 0;
  for (const c of counts) {
    run = c > 0 ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function emptyCounts(): Record<OwnershipLevel | 'unset', number> {
  return Object.fromEntries([...OWNERSHIP_LEVELS, 'unset'].map((l) => [l, 0])) as Record<
    OwnershipLevel | 'unset',
    number
  >;
}

/** The stats handlers of the contract. */
export const statsHandlers: Handlers<Ctx>['stats'] = {
  activity(ctx, input) {
    const start = parseISO(input.from);
    const end = parseISO(input.to);
    if (differenceInCalendarDays(end, start) >= MAX_ACTIVITY_DAYS) {
      throw invalid(`The range is too long: at most ${MAX_ACTIVITY_DAYS} days`, 'to');
    }
    const days = eachDayOfInterval({ start, end }).map((d) => format(d, DAY));
    const rows = ctx.db
      .prepare(
        `SELECT occurred_on AS day, count(*) AS n FROM entries
         WHERE deleted_at IS NULL AND example = 0 AND occurred_on BETWEEN ? AND ? GROUP BY occurred_on`,
      )
      .all(input.from, input.to) as { day: string; n: number }[];
    const byDay = new Map(rows.map((r) => [r.day, r.n]));
    const counts = days.map((day) => ({ day, count: byDay.get(day) ?? 0 }));
    return {
      days: counts,
      currentStreak: currentStreak(ctx.db, input.today ?? localDay(ctx.clock)),
      longestStreak: longestRun(counts.map((c) => c.count)),
    };
  },

  levelsByMonth(ctx, input) {
    const months = eachMonthOfInterval({ start: parseISO(input.from), end: parseISO(input.to) }).map((d) =>
      format(d, 'yyyy-MM'),
    );
    const byMonth = new Map<string, LevelMonth>(months.map((month) => [month, { month, counts: emptyCounts(), total: 0 }]));
    const rows = ctx.db
      .prepare(
        `SELECT substr(occurred_on, 1, 7) AS month, coalesce(level, 'unset') AS level, count(*) AS n FROM entries
         WHERE deleted_at IS NULL AND example = 0 AND occurred_on BETWEEN ? AND ? GROUP BY 1, 2`,
      )
      .all(input.from, input.to) as { month: string; level: OwnershipLevel | 'unset'; n: number }[];
    for (const r of rows) {
      const m = byMonth.get(r.month);
      if (!m) continue;
      m.counts[r.level] += r.n;
      m.total += r.n;
    }
    return [...byMonth.values()];
  },

  /**
   * `people` and `peopleReached` count active people (so reached ≤ people); `entries` and
   * `lastSeenOn` also count what archived people saw, since their history stays.
   */
  visibility(ctx, input) {
    const people = ctx.db
      .prepare(`SELECT direction, count(*) AS n FROM stakeholders WHERE archived_at IS NULL GROUP BY direction`)
      .all() as { direction: Direction; n: number }[];
    const seen = ctx.db
      .prepare(
        `SELECT s.direction,
           count(DISTINCT CASE WHEN s.archived_at IS NULL THEN s.id END) AS reached,
           count(DISTINCT e.seq) AS entries,
           max(e.occurred_on) AS last_seen
         FROM entry_stakeholders es
         JOIN entries e ON e.seq = es.entry_seq
         JOIN stakeholders s ON s.id = es.stakeholder_id
         WHERE e.deleted_at IS NULL AND e.example = 0 AND e.occurred_on BETWEEN ? AND ?
         GROUP BY s.direction`,
      )
      .all(input.from, input.to) as { direction: Direction; reached: number; entries: number; last_seen: string }[];
    const peopleBy = new Map(people.map((p) => [p.direction, p.n]));
    const seenBy = new Map(seen.map((s) => [s.direction, s]));
    return DIRECTIONS.map((direction): DirectionVisibility => {
      const s = seenBy.get(direction);
      return {
        direction,
        people: peopleBy.get(direction) ?? 0,
        peopleReached: s?.reached ?? 0,
        entries: s?.entries ?? 0,
        lastSeenOn: s?.last_seen ?? null,
      };
    });
  },
};
