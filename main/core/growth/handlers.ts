/**
 * The Growth view's queries (common/contract/growth.ts). Each reads live entries grouped by
 * month in SQL and folds months into quarters here: a month lies in one quarter, so counts of
 * distinct entries per month add up to the quarter's.
 * - scope: entries per level (from the covering timeline index);
 * - visibility: entries seen per direction, from the tables migration 6 keeps by triggers
 *   (seen_direction_entries, seen_links: main/core/migrations/006-seen-figures.ts);
 * - quiet: entries per day of a period, cut into weeks or months and judged up to today.
 */
import type {
  DirectionCell,
  GrowthDecider,
  GrowthGrain,
  Handlers,
  QuietBucket,
  QuietRun,
  ScopeBucket,
  VisibilityBucket,
} from '../../../common/contract';
import { DIRECTIONS, type Direction, type OwnershipLevel, levelRank } from '../../../common/vocabulary';
import type { Ctx } from '../api';
import { localDay } from '../clock';
import type { Db } from '../db';
import { readSettings } from '../settings/store';
import { bucketsOf, daysIn, quarterOfMonth } from './buckets';
import { themesOf } from './themes-handler';

interface OpenRange {
  grain?: GrowthGrain;
  from?: string;
  to?: string;
  today?: string;
}

/** The range asked for, the whole journal (first entry … today or the last entry) by default. */
function resolveRange(ctx: Ctx, input: OpenRange): { from: string; to: string; grain: GrowthGrain } {
  const today = input.today ?? localDay(ctx.clock);
  // Each end by the timeline index (min()/max() would scan every entry: 20 ms at 100k).
  const end = (order: 'ASC' | 'DESC') =>
    (ctx.db
      .prepare(`SELECT occurred_on FROM entries WHERE deleted_at IS NULL ORDER BY occurred_on ${order} LIMIT 1`)
      .pluck()
      .get() as string | undefined) ?? null;
  const span = { first: end('ASC'), last: end('DESC') };
  let to = input.to ?? (span.last && span.last > today ? span.last : today);
  let from = input.from ?? (span.first && span.first < to ? span.first : to);
  if (from > to) [from, to] = [to, from];
  return { from, to, grain: input.grain ?? 'quarter' };
}

function zeroCounts(): Record<OwnershipLevel | 'unset', number> {
  return { task: 0, milestone: 0, project: 0, value: 0, leverage: 0, unset: 0 };
}

function higher(a: OwnershipLevel | null, b: OwnershipLevel | null): OwnershipLevel | null {
  return levelRank(b) > levelRank(a) ? b : a;
}

/** Live entries per month and level (null = not rated) in [from, to]. */
function monthLevels(db: Db, from: string, to: string) {
  return db
    .prepare(
      `SELECT substr(occurred_on, 1, 7) AS month, level, count(*) AS n FROM entries
       WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ? GROUP BY 1, 2`,
    )
    .all(from, to) as { month: string; level: OwnershipLevel | null; n: number }[];
}

function emptyCell(): DirectionCell {
  return { entries: 0, deciderEntries: 0, deciders: [] };
}

export const growthHandlers: Handlers<Ctx>['growth'] = {
  scope(ctx, input) {
    const { from, to, grain } = resolveRange(ctx, input);
    const buckets: ScopeBucket[] = bucketsOf(from, to, grain).map((b) => ({
      ...b,
      counts: zeroCounts(),
      total: 0,
      highest: null,
      quarterHighest: null,
    }));
    const byKey = new Map(buckets.map((b) => [b.key, b]));
    const quarterHighest = new Map<string, OwnershipLevel | null>();
    for (const r of monthLevels(ctx.db, from, to)) {
      const b = byKey.get(grain === 'month' ? r.month : quarterOfMonth(r.month));
      if (!b) continue;
      b.counts[r.level ?? 'unset'] += r.n;
      b.total += r.n;
      b.highest = higher(b.highest, r.level);
      const q = quarterOfMonth(r.month);
      quarterHighest.set(q, higher(quarterHighest.get(q) ?? null, r.level));
    }
    let peakLevel: OwnershipLevel | null = null;
    for (const b of buckets) {
      b.quarterHighest = quarterHighest.get(quarterOfMonth(b.from.slice(0, 7))) ?? null;
      peakLevel = higher(peakLevel, b.highest);
    }
    const firstOn = peakLevel
      ? (ctx.db
          .prepare(
            `SELECT min(occurred_on) FROM entries WHERE deleted_at IS NULL AND level = ? AND occurred_on BETWEEN ? AND ?`,
          )
          .pluck()
          .get(peakLevel, from, to) as string)
      : null;
    return { grain, from, to, buckets, peak: peakLevel && firstOn ? { level: peakLevel, firstOn } : null };
  },

  visibility(ctx, input) {
    const { from, to, grain } = resolveRange(ctx, input);
    const buckets: VisibilityBucket[] = bucketsOf(from, to, grain).map((b) => ({
      ...b,
      total: 0,
      directions: Object.fromEntries(DIRECTIONS.map((d) => [d, emptyCell()])) as Record<Direction, DirectionCell>,
    }));
    const byKey = new Map(buckets.map((b) => [b.key, b]));
    const bucketOfMonth = (month: string) => byKey.get(grain === 'month' ? month : quarterOfMonth(month));
    for (const r of monthLevels(ctx.db, from, to)) {
      const b = bucketOfMonth(r.month);
      if (b) b.total += r.n;
    }
    // Entries seen per direction: active people's from seen_direction_entries (one row per entry
    // and direction, kept by triggers), read with the covering entries_meta index; then what
    // only archived people of a direction saw; then what key deciders saw. The first alone
    // halves the time of counting distinct entries over every link (bench/README.md).
    type Row = { month: string; direction: Direction; n: number };
    const add = (rows: Row[], field: 'entries' | 'deciderEntries') => {
      for (const r of rows) {
        const cell = bucketOfMonth(r.month)?.directions[r.direction];
        if (cell) cell[field] += r.n;
      }
    };
    add(
      ctx.db
        .prepare(
          `SELECT substr(e.occurred_on, 1, 7) AS month, sde.direction, count(*) AS n
           FROM seen_direction_entries sde JOIN entries e INDEXED BY entries_meta ON e.seq = sde.entry_seq
           WHERE e.deleted_at IS NULL AND e.occurred_on BETWEEN ? AND ? GROUP BY 1, 2`,
        )
        .all(from, to) as Row[],
      'entries',
    );
    add(
      ctx.db
        .prepare(
          `SELECT substr(sl.occurred_on, 1, 7) AS month, s.direction, count(DISTINCT sl.entry_seq) AS n
           FROM stakeholders s CROSS JOIN seen_links sl ON sl.stakeholder_id = s.id
           WHERE s.archived_at IS NOT NULL AND sl.occurred_on BETWEEN ? AND ?
             AND NOT EXISTS (SELECT 1 FROM seen_direction_entries x WHERE x.entry_seq = sl.entry_seq AND x.direction = s.direction)
           GROUP BY 1, 2`,
        )
        .all(from, to) as Row[],
      'entries',
    );
    add(
      ctx.db
        .prepare(
          `SELECT substr(sl.occurred_on, 1, 7) AS month, s.direction, count(DISTINCT sl.entry_seq) AS n
           FROM stakeholders s CROSS JOIN seen_links sl ON sl.stakeholder_id = s.id
           WHERE s.key_decider = 1 AND sl.occurred_on BETWEEN ? AND ? GROUP BY 1, 2`,
        )
        .all(from, to) as Row[],
      'deciderEntries',
    );
    const keyDeciders = (
      ctx.db
        .prepare(
          `SELECT id, name, direction, archived_at IS NOT NULL AS archived FROM stakeholders
           WHERE key_decider = 1 ORDER BY name_key, id`,
        )
        .all() as { id: string; name: string; direction: Direction; archived: number }[]
    ).map((p): GrowthDecider => ({ id: p.id, name: p.name, direction: p.direction, archived: p.archived === 1 }));
    if (keyDeciders.length > 0) {
      const order = new Map(keyDeciders.map((p, i) => [p.id, i]));
      const links = ctx.db
        .prepare(
          `SELECT DISTINCT substr(sl.occurred_on, 1, 7) AS month, s.id, s.direction
           FROM stakeholders s JOIN seen_links sl ON sl.stakeholder_id = s.id
           WHERE s.key_decider = 1 AND sl.occurred_on BETWEEN ? AND ?`,
        )
        .all(from, to) as { month: string; id: string; direction: Direction }[];
      for (const l of links) {
        const cell = bucketOfMonth(l.month)?.directions[l.direction];
        if (cell && !cell.deciders.includes(l.id)) cell.deciders.push(l.id);
      }
      for (const b of buckets) {
        for (const d of DIRECTIONS) b.directions[d].deciders.sort((x, y) => order.get(x)! - order.get(y)!);
      }
    }
    return { grain, from, to, buckets, keyDeciders };
  },

  quiet(ctx, input) {
    const grain = input.grain ?? 'week';
    const today = input.today ?? localDay(ctx.clock);
    const weekStartsOn = readSettings(ctx.db).weekStartsOn;
    const shells = bucketsOf(input.from, input.to, grain, weekStartsOn);
    const perDayRows = ctx.db
      .prepare(
        `SELECT occurred_on AS day, count(*) AS n FROM entries
         WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ? GROUP BY occurred_on ORDER BY occurred_on`,
      )
      .all(input.from, input.to) as { day: string; n: number }[];
    // Days arrive in order, buckets are in order: one merge pass.
    const buckets: QuietBucket[] = shells.map((b) => ({ ...b, entries: 0, judged: b.to < today, quiet: false }));
    let i = 0;
    for (const r of perDayRows) {
      while (i < buckets.length && buckets[i]!.to < r.day) i++;
      if (i < buckets.length) buckets[i]!.entries += r.n;
    }
    const judged = buckets.filter((b) => b.judged);
    const judgedDays = judged.reduce((n, b) => n + daysIn(b), 0);
    const perDay = judgedDays === 0 ? 0 : judged.reduce((n, b) => n + b.entries, 0) / judgedDays;
    for (const b of judged) b.quiet = b.entries === 0 || b.entries < (perDay * daysIn(b)) / 2;
    const runs: QuietRun[] = [];
    let run: QuietBucket[] = [];
    const close = () => {
      if (run.length > 0) {
        runs.push({
          from: run[0]!.from,
          to: run[run.length - 1]!.to,
          keys: run.map((b) => b.key),
          entries: run.reduce((n, b) => n + b.entries, 0),
        });
      }
      run = [];
    };
    for (const b of buckets) {
      if (b.quiet) run.push(b);
      else close();
    }
    close();
    return { grain, from: input.from, to: input.to, perDay, buckets, runs };
  },

  themes: themesOf,
};
