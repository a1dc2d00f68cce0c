/**
 * The timeline: a page at the top and one deep in the list, with and without filters, and the
 * count the timeline shows. Floor: the page's SELECT (same WHERE, same order, same LIMIT) run
 * directly, without loading tags and people or building summaries.
 */
import type { EntryFilterInput } from '../../common/contract';
import { encodeCursor } from '../../main/core/cursor';
import { filterSql, SUMMARY_COLUMNS } from '../../main/core/entry-rows';
import { type BenchContext, measure, must, TIMELINE_PAGE } from '../context';
import { type Metric, timed } from '../report';

/** A realistic narrowing: important work on one theme. */
export const TIMELINE_FILTER: EntryFilterInput = { minLevel: 'project', tags: ['infra'] };

/** The sort key of the row `depth` places down the filtered timeline, or null when it is shorter. */
function keyAt(ctx: BenchContext, filter: EntryFilterInput, depth: number): [string, string] | null {
  const { where, params } = filterSql(filter);
  const row = ctx.raw
    .prepare(`SELECT e.occurred_on, e.id FROM entries e WHERE ${where.join(' AND ')} ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1 OFFSET ?`)
    .raw()
    .get(...params, depth) as [string, string] | undefined;
  return row ?? null;
}

function pageFloor(ctx: BenchContext, filter: EntryFilterInput, after: [string, string] | null): () => void {
  const { where, params } = filterSql(filter);
  if (after) {
    where.push('(e.occurred_on, e.id) < (?, ?)');
    params.push(...after);
  }
  const stmt = ctx.raw.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE ${where.join(' AND ')} ORDER BY e.occurred_on DESC, e.id DESC LIMIT ?`,
  );
  return () => stmt.all(...params, TIMELINE_PAGE + 1);
}

export function timelineMetrics(ctx: BenchContext): Metric[] {
  const { core, size } = ctx;
  const out: Metric[] = [];
  const cases: [string, EntryFilterInput][] = [
    ['timeline', {}],
    ['timeline.filtered', TIMELINE_FILTER],
  ];
  for (const [name, filter] of cases) {
    const total = must<{ count: number }>(core, 'entries:count', filter).count;
    const depth = Math.floor(total * 0.9);
    const deep = keyAt(ctx, filter, depth);
    const note = `${total.toLocaleString('en-US')} entries listed; page of ${TIMELINE_PAGE}`;
    const first = measure(ctx, 50, () => must(core, 'entries:list', { ...filter, limit: TIMELINE_PAGE }));
    const firstFloor = measure(ctx, 50, pageFloor(ctx, filter, null));
    out.push(timed(`${name}.first-page`, size, first, { floor: firstFloor, target: { p95: 5 }, note }));
    if (deep) {
      const cursor = encodeCursor('live', deep);
      const page = measure(ctx, 50, () => must(core, 'entries:list', { ...filter, limit: TIMELINE_PAGE, cursor }));
      const floor = measure(ctx, 50, pageFloor(ctx, filter, deep));
      out.push(
        timed(`${name}.deep-page`, size, page, {
          floor,
          target: { p95: 5 },
          note: `after ${depth.toLocaleString('en-US')} entries; ${note}`,
        }),
      );
    }
    const { where, params } = filterSql(filter);
    const countStmt = ctx.raw.prepare(`SELECT count(*) FROM entries e WHERE ${where.join(' AND ')}`).pluck();
    const count = measure(ctx, 30, () => must(core, 'entries:count', filter));
    const countFloor = measure(ctx, 30, () => countStmt.get(...params));
    out.push(timed(`${name}.count`, size, count, { floor: countFloor, note: 'the count shown above the timeline' }));
  }
  return out;
}
