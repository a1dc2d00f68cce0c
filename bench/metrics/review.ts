/**
 * Self-review generation (`reviews:preview`, the self-review template) for the last twelve
 * months and for the whole journal. Floor: the entries SELECT the review reads, run directly.
 */
import { addDays, format, parseISO, subYears } from 'date-fns';
import { filterSql } from '../../main/core/entry-rows';
import { type BenchContext, measure, must } from '../context';
import { JOURNAL_END } from '../generate';
import { type Metric, timed } from '../report';

export function reviewMetrics(ctx: BenchContext): Metric[] {
  const { core, size, info } = ctx;
  const yearFrom = format(addDays(subYears(parseISO(JOURNAL_END), 1), 1), 'yyyy-MM-dd');
  const cases: [string, string, number, number | undefined][] = [
    ['review.last-year', yearFrom, 20, 100],
    ['review.all-time', info.from, size >= 50_000 ? 5 : 10, undefined],
  ];
  return cases.map(([name, from, runs, target]) => {
    const input = { templateId: 'self-review', period: { preset: 'custom', from, to: JOURNAL_END }, today: JOURNAL_END };
    const { where, params } = filterSql({ from, to: JOURNAL_END });
    const stmt = ctx.raw.prepare(
      `SELECT e.seq, e.id, e.occurred_on, e.title, e.level, e.impact, e.starred, e.goal_id, substr(e.body_text, 1, 300) AS head
       FROM entries e WHERE ${where.join(' AND ')} ORDER BY e.occurred_on, e.id`,
    );
    let entries = 0;
    const samples = measure(ctx, runs, () => {
      entries = must<{ figures: { entries: number } }>(core, 'reviews:preview', input).figures.entries;
    });
    const floor = measure(ctx, runs, () => stmt.all(...params));
    return timed(name, size, samples, {
      floor,
      ...(target ? { target: { p95: target } } : {}),
      note: `${from} … ${JOURNAL_END}: ${entries.toLocaleString('en-US')} entries, self-review template`,
    });
  });
}
