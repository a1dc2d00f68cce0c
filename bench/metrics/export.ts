/**
 * Full export (`data:exportJson`) of the whole journal, and the journal's size on disk.
 * Floor: reading every entry row directly (the export cannot do less than that).
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchContext, measure, must } from '../context';
import { type Metric, single, timed } from '../report';

export function exportMetrics(ctx: BenchContext): Metric[] {
  const { core, size } = ctx;
  const target = join(ctx.dir, 'export.json');
  let bytes = 0;
  const runs = size >= 50_000 ? 3 : 5;
  const samples = measure(ctx, runs, () => {
    bytes = must<{ bytes: number }>(core, 'data:exportJson', { path: target }).bytes;
  });
  rmSync(target, { force: true });
  const all = ctx.raw.prepare('SELECT * FROM entries');
  const floor = measure(ctx, runs, () => {
    for (const _row of all.iterate()) void _row;
  });
  return [
    timed('export.json', size, samples, { floor, note: `${(bytes / 1e6).toFixed(1)} MB written` }),
    single('export.json.size', size, 'bytes', bytes),
  ];
}

/** The journal file (after a checkpoint, so the WAL is folded in). */
export function sizeMetrics(ctx: BenchContext): Metric[] {
  ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = statSync(ctx.path).size;
  return [single('db.file-size', ctx.size, 'bytes', bytes, `${Math.round(bytes / ctx.size)} bytes per entry`)];
}
