/**
 * The visibility views at scale: the people map, the radar and the gap list, as of the
 * journal's last day. Each aggregates what every person has seen, over all their links.
 * Floor: one direct statement giving the same per-person figures from the links, grouped in
 * one pass (what the map and the radar need before any shaping).
 */
import { daysBefore } from '../../main/core/visibility/days';
import { JOURNAL_END } from '../generate';
import { type BenchContext, measure, must } from '../context';
import { type Metric, timed } from '../report';

const FLOOR = `SELECT es.stakeholder_id, count(*), max(e.occurred_on),
    count(CASE WHEN e.occurred_on >= :d90 THEN 1 END), max(e.level)
  FROM entries e INDEXED BY entries_meta CROSS JOIN entry_stakeholders es ON es.entry_seq = e.seq
  WHERE e.deleted_at IS NULL AND e.occurred_on <= :today GROUP BY es.stakeholder_id`;


/** visibility.map, visibility.radar, visibility.gaps at the journal's last day. */
export function visibilityMetrics(ctx: BenchContext): Metric[] {
  const today = JOURNAL_END;
  const cases: [string, string, (v: unknown) => string][] = [
    ['map', 'visibility:map', (v) => `${(v as { people: unknown[] }).people.length} people with their figures and connections`],
    ['radar', 'visibility:radar', (v) => `6 directions, ${(v as { keyDeciders: unknown[] }).keyDeciders.length} key deciders`],
    ['gaps', 'visibility:gaps', (v) => `${(v as unknown[]).length} people with gaps (default options)`],
  ];
  const stmt = ctx.raw.prepare(FLOOR);
  const floor = measure(ctx, 10, () => stmt.all({ today, d90: daysBefore(today, 90) }));
  return cases.map(([name, channel, describe]) => {
    let value: unknown = null;
    const samples = measure(ctx, 20, () => {
      value = must<unknown>(ctx.core, channel, { today });
    });
    return timed(`visibility.${name}`, ctx.size, samples, {
      floor,
      target: { p95: 50 },
      note: `${channel}: ${describe(value)}`,
    });
  });
}
