/**
 * Opening the journal cold: a new process per sample (bundled like the app's hosts, so
 * start-up is Node's, not a TypeScript loader's). Inside the process, from before opening to
 * the first timeline page; the process's wall time is reported beside it.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { type BenchContext, TIMELINE_PAGE } from '../context';
import { type Metric, timed } from '../report';

const ROOT = join(__dirname, '..', '..');
let bundled: string | null = null;

/** The child script as one JS file (better-sqlite3 stays external, found through NODE_PATH). */
function childScript(): string {
  if (bundled) return bundled;
  const out = join(tmpdir(), `scopebook-bench-cold-open-${process.pid}.js`);
  buildSync({
    entryPoints: [join(__dirname, '..', 'cold-open-child.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  process.once('exit', () => rmSync(out, { force: true }));
  bundled = out;
  return out;
}

function runChild(mode: 'core' | 'floor', path: string): { inside: number; wall: number } {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [childScript(), mode, path, String(TIMELINE_PAGE)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
  });
  const wall = performance.now() - t0;
  if (result.status !== 0) throw new Error(`cold open (${mode}) failed: ${result.stderr}`);
  const { ms, rows } = JSON.parse(result.stdout) as { ms: number; rows: number };
  if (rows === 0) throw new Error('cold open read an empty page');
  return { inside: ms, wall };
}

export function coldOpenMetrics(ctx: BenchContext): Metric[] {
  // The core connection must not hold the file while children open it cold.
  const runs = ctx.runsScale === 0 ? 1 : Math.max(3, Math.round(15 * ctx.runsScale));
  const core: number[] = [];
  const wall: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = runChild('core', ctx.path);
    core.push(c.inside);
    wall.push(c.wall);
    floor.push(runChild('floor', ctx.path).inside);
  }
  return [
    timed('open.cold-first-page', ctx.size, core, {
      floor,
      target: { p95: 150 },
      note: 'new process: open, pragmas, quick_check, migrations, first page of 100',
    }),
    timed('open.cold-process-wall', ctx.size, wall, { note: 'whole child process: Node start-up, module load, the above' }),
  ];
}
