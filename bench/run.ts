/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--seed 42] [--only search,timeline] [--runs-scale 1] [--generate-only]`
 * Runs the core benchmarks under Node (no Electron) and writes bench/results/latest.json.
 * Journals are generated once per seed and size into bench/.cache and copied for each run.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cachedJournal } from './journal-cache';
import { type Metric, meetsTarget, table, writeResults } from './report';
import { evidenceMetrics } from './metrics/evidence';
import { runSuite } from './suite';

/** Below this size every entry is committed on its own, as the app saves; above, in batches. */
const EACH_COMMIT_UP_TO = 10_000;
const BATCH = 1000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const HELP = `npm run bench [-- options]
Runs the core benchmarks under Node (no Electron) on generated journals and writes
bench/results/latest.json. Options:
  --sizes 1000,10000,100000   journal sizes in entries (default 1000,10000,100000)
  --seed 42                   seed of the generated journals (default 42)
  --only lists,search         metric groups: cold, timeline, lists, visibility, search,
                              review, export, writes, evidence (default all)
  --runs-scale 1              multiplies the number of timed runs
  --generate-only             only generate (and cache) the journals
  --help                      print this and exit`;

function main(): void {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const sizes = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
  const seed = Number(arg('seed') ?? 42);
  const only = arg('only')?.split(',');
  const runsScale = Number(arg('runs-scale') ?? 1);
  const log = (line: string) => console.error(line);
  const loadBefore = loadavg()[0]!;
  if (loadBefore > cpus().length) {
    log(`note: the machine is busy (load ${loadBefore.toFixed(1)} on ${cpus().length} cores): p95 and max will be inflated`);
  }
  const metrics: Metric[] = [];
  const generateOnly = process.argv.includes('--generate-only');
  for (const size of sizes) {
    const batch = size <= EACH_COMMIT_UP_TO ? null : BATCH;
    const journal = cachedJournal(size, seed, batch, { log });
    if (generateOnly) continue;
    log(`benchmarking ${size.toLocaleString('en-US')} entries${journal.fresh ? '' : ' (cached journal)'}`);
    metrics.push(...runSuite(journal, { runsScale, log, ...(only ? { only } : {}) }));
  }
  if (generateOnly) return;
  if (!only || only.includes('evidence')) metrics.push(...evidenceMetrics(log));
  console.log(table(metrics));
  const missed = metrics.filter((m) => meetsTarget(m) === false);
  console.log(missed.length === 0 ? '\nEvery target met.' : `\nTargets missed: ${missed.map((m) => `${m.name} @ ${m.entries}`).join(', ')}`);
  const out = join(__dirname, 'results', 'latest.json');
  writeResults(out, metrics, {
    kind: 'core',
    seed,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, platform: process.platform, node: process.version },
    // One-minute load average before and after: figures taken on a busy machine are noisier.
    load: { before: loadBefore, after: loadavg()[0] },
    sqlite: new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get(),
  });
  console.log(`Results written to ${out}`);
}

main();
