/**
 * The shared lists every view loads at start and reloads after each save (renderer/src/ui/stores.ts):
 * people with what each has seen, tags with their counts, goals with their counts. The browser
 * host answers one call at a time, so the timeline's first rows wait behind these.
 * Floor: one direct statement giving the same figures, grouped in one pass over the links.
 */
import { type BenchContext, measure, must } from '../context';
import { type Metric, timed } from '../report';

const FLOORS: Record<string, string> = {
  people: `SELECT es.stakeholder_id, count(*), max(e.occurred_on), max(e.level)
           FROM entries e INDEXED BY entries_meta CROSS JOIN entry_stakeholders es ON es.entry_seq = e.seq
           WHERE e.deleted_at IS NULL GROUP BY es.stakeholder_id`,
  tags: `SELECT et.tag_id, count(*) FROM entries e INDEXED BY entries_meta CROSS JOIN entry_tags et ON et.entry_seq = e.seq
         WHERE e.deleted_at IS NULL GROUP BY et.tag_id`,
  goals: `SELECT goal_id, count(*) FROM entries INDEXED BY entries_timeline
          WHERE deleted_at IS NULL AND goal_id IS NOT NULL GROUP BY goal_id`,
};

export function listMetrics(ctx: BenchContext): Metric[] {
  const cases: [string, string, object][] = [
    ['people', 'people:list', { includeArchived: true }],
    ['tags', 'tags:list', {}],
    ['goals', 'goals:list', {}],
  ];
  return cases.map(([name, channel, input]) => {
    let count = 0;
    const samples = measure(ctx, 10, () => {
      count = must<unknown[]>(ctx.core, channel, input).length;
    });
    const stmt = ctx.raw.prepare(FLOORS[name]!);
    const floor = measure(ctx, 10, () => stmt.all());
    return timed(`list.${name}`, ctx.size, samples, { floor, note: `${channel}: ${count} rows with their counts` });
  });
}
