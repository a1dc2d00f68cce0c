/**
 * `npm run bench:stall`: do short calls wait behind long ones? On a copy of the 100k journal,
 * starts an all-time review draft, a full JSON export (job) and an import of 5,000 entries
 * (job), and meanwhile sends `entries:get` and a timeline page (`entries:list`, 100) every
 * 20 ms. Each short call's latency is measured from when it was due to when its answer came,
 * so time spent waiting behind other work counts.
 *
 * Two set-ups, same load:
 * - before: the calls run on the host's own thread (the core in-process, jobs in job
 *   threads), as the hosts did before the journal worker;
 * - after: the host sends every call to the journal worker (main/core/jobs/journal-worker.ts).
 * Results go to stdout and bench/results/stall.json. Targets (issue 15): short-call p95
 * under 20 ms while a job runs. The renderer's frame gaps are not measured here: in the
 * browser mode the page runs in Chromium's own process, and the desktop app's main process
 * now only routes messages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Result } from '../common/contract';
import { openCore } from '../main/core/api';
import { createChangeFeed } from '../main/core/changes';
import { createJobHost } from '../main/core/jobs/host';
import { startJournalWorker } from '../main/core/jobs/journal-client';
import { bundleOptions, ROOT } from '../scripts/build.mjs';
import { JOURNAL_END } from './generate';
import { cachedJournal, freshCopy } from './journal-cache';

type Target = { call(channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>> };

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZE = Number(flag('--size') ?? 100_000);
const IMPORT_SIZE = 5000;
const EVERY_MS = 20;
const log = (line: string) => console.log(line);

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Figures {
  setup: string;
  call: string;
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

/** Runs the long work on `target` and the short calls beside it; returns each short call's latencies. */
async function load(target: Target, dir: string, importFile: string, someId: string): Promise<{ get: number[]; list: number[]; wallMs: number }> {
  const get: number[] = [];
  const list: number[] = [];
  const started = performance.now();
  const job = async (op: string, input: unknown) => {
    const { id } = value<{ id: string }>(await target.call('jobs:start', { op, input }));
    for (;;) {
      const s = value<{ state: string }>(await target.call('jobs:status', { id }));
      if (s.state !== 'running') return s.state;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  let running = true;
  // The short calls start first; the long work 100 ms later (a synchronous review on the host
  // thread would otherwise run before the first short call is even sent).
  await new Promise((r) => setTimeout(r, 0));
  const short = (async () => {
    // A page keeps asking every 20 ms whatever the host does: calls that fell due while this
    // thread was blocked are all sent (late) when it is free, each timed from when it was due.
    let due = performance.now();
    let n = 0;
    while (running) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      while (due <= performance.now()) {
        const d = due;
        const which = n++ % 2 === 0;
        const answer = which ? target.call('entries:get', { id: someId }) : target.call('entries:list', { limit: 100 });
        void Promise.resolve(answer).then((r) => {
          value(r);
          (which ? get : list).push(performance.now() - d);
        });
        due += EVERY_MS;
      }
      await new Promise((r) => setImmediate(r));
    }
  })();
  const long = new Promise((r) => setTimeout(r, 100)).then(() => Promise.all([
    (async () => value(await target.call('reviews:preview', { templateId: 'self-review', period: { preset: 'custom', from: '2001-01-01', to: JOURNAL_END }, today: JOURNAL_END })))(),
    job('data:exportJson', { path: join(dir, 'export.json') }),
    job('data:importCommit', { path: importFile }),
  ])).finally(() => (running = false));

  await long;
  await short;
  await new Promise((r) => setTimeout(r, 200));
  return { get, list, wallMs: performance.now() - started };
}

function figures(setup: string, call: string, samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  return { setup, call, samples: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

async function main(): Promise<void> {
  const outDir = join(ROOT, 'node_modules', '.cache', `scopebook-stall-${process.pid}`);
  const options = bundleOptions(outDir).jobsWorker;
  await esbuild.build({ ...options, sourcemap: false, logLevel: 'silent' });
  const workerFile = options.outfile!;

  const big = cachedJournal(SIZE, 42, 1000, { log });
  const small = cachedJournal(IMPORT_SIZE, 7, 1000, { log });
  const results: Figures[] = [];
  try {
    for (const setup of ['before', 'after'] as const) {
      const copy = freshCopy(big.path);
      const source = freshCopy(small.path);
      const importFile = join(source.dir, 'import.json');
      const exporter = openCore(source.path);
      value(exporter.call('data:exportJson', { path: importFile }));
      exporter.close();
      const core = openCore(copy.path);
      const someId = value<{ items: { id: string }[] }>(core.call('entries:list', { limit: 1 })).items[0]!.id;
      log(`${setup}: review + export + import of ${IMPORT_SIZE} at ${SIZE.toLocaleString('en-US')} entries …`);
      let target: Target;
      let stop: () => Promise<void>;
      if (setup === 'before') {
        const jobs = createJobHost(core, { workerFile });
        target = jobs;
        stop = () => jobs.close();
      } else {
        core.close();
        const worker = startJournalWorker({ file: copy.path, workerFile, changes: createChangeFeed() });
        target = worker;
        stop = () => worker.close();
        // Started and answering (its bundle loaded, the journal open) before the clock starts, as in the app.
        value(await worker.call('entries:count', {}));
        await new Promise((r) => setTimeout(r, 500));
      }
      const run = await load(target, copy.dir, importFile, someId);
      await stop();
      core.close();
      log(`  took ${(run.wallMs / 1000).toFixed(1)} s`);
      results.push(figures(setup, 'entries:get', run.get), figures(setup, 'entries:list (100)', run.list));
      copy.remove();
      source.remove();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log('\nsetup   call                 samples     p50 ms    p95 ms    max ms');
  for (const f of results) {
    console.log(`${f.setup.padEnd(8)}${f.call.padEnd(21)}${String(f.samples).padStart(7)}${f.p50.toFixed(1).padStart(11)}${f.p95.toFixed(1).padStart(10)}${f.max.toFixed(1).padStart(10)}`);
  }
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'stall.json'), `${JSON.stringify({ size: SIZE, importSize: IMPORT_SIZE, everyMs: EVERY_MS, measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
}

void main();
