/**
 * The Growth view's queries over the whole journal, as of its last day: scope per level by
 * month and by quarter (25 years at 100k), visibility per direction by quarter, and the quiet
 * weeks of the last year, and the year's entries grouped into themes. The budget is for the view drawing once its data arrived
 * (bench:ui); these are the queries it waits for.
 * Floors: the one grouped statement each answer is folded from (per month and level; per
 * month and direction with distinct entries over the links; per day of the year; the year's
 * newest 3,000 entries read).
 */
import { daysBefore } from '../../main/core/visibility/days';
import { JOURNAL_END } from '../generate';
import { type BenchContext, measure, must } from '../context';
import { type Metric, timed } from '../report';

const LEVELS_FLOOR = `SELECT substr(occurred_on, 1, 7), level, count(*) FROM entries
  WHERE deleted_at IS NULL AND occurred_on <= :to GROUP BY 1, 2`;
const SEEN_FLOOR = `SELECT substr(sl.occurred_on, 1, 7), s.direction, count(DISTINCT sl.entry_seq)
  FROM seen_links sl JOIN stakeholders s ON s.id = sl.stakeholder_id
  WHERE sl.occurred_on <= :to GROUP BY 1, 2`;
const THEMES_FLOOR = `SELECT seq, id, occurred_on, title, body_text, impact, level FROM entries
  WHERE deleted_at IS NULL AND occurred_on BETWEEN :from AND :to ORDER BY occurred_on DESC, id DESC LIMIT 3001`;
const DAYS_FLOOR = `SELECT occurred_on, count(*) FROM entries
  WHERE deleted_at IS NULL AND occurred_on BETWEEN :from AND :to GROUP BY occurred_on`;

type Count = { buckets: unknown[]; entries: number; themes: unknown[] };

export function growthMetrics(ctx: BenchContext): Metric[] {
  const today = JOURNAL_END;
  const yearAgo = daysBefore(today, 364);
  const cases: [string, string, unknown, string, (v: Count) => string][] = [
    ['scope-month', 'growth:scope', { grain: 'month', today }, LEVELS_FLOOR, (v) => `${v.buckets.length} months`],
    ['scope-quarter', 'growth:scope', { grain: 'quarter', today }, LEVELS_FLOOR, (v) => `${v.buckets.length} quarters`],
    [
      'visibility-quarter',
      'growth:visibility',
      { grain: 'quarter', today },
      SEEN_FLOOR,
      (v) => `${v.buckets.length} quarters × 6 directions`,
    ],
    [
      'quiet-year',
      'growth:quiet',
      { from: yearAgo, to: today, grain: 'week', today },
      DAYS_FLOOR,
      (v) => `${v.buckets.length} weeks`,
    ],
    [
      'themes-year',
      'growth:themes',
      { from: yearAgo, to: today },
      THEMES_FLOOR,
      (v) => `${v.entries} entries in ${v.themes.length} themes`,
    ],
  ];
  return cases.map(([name, channel, input, floorSql, describe]) => {
    const stmt = ctx.raw.prepare(floorSql);
    const params = floorSql.includes(':from') ? { from: yearAgo, to: today } : { to: today };
    const floor = measure(ctx, 10, () => stmt.all(params));
    let value: Count = { buckets: [], entries: 0, themes: [] };
    const samples = measure(ctx, 20, () => {
      value = must<Count>(ctx.core, channel, input);
    });
    return timed(`growth.${name}`, ctx.size, samples, { floor, note: `${channel}: ${describe(value)}` });
  });
}
