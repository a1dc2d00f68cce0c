/** Every core metric for one journal size, on a fresh copy of the cached journal. */
import Database from 'better-sqlite3';
import { openCore } from '../main/core/api';
import type { Clock } from '../main/core/clock';
import type { BenchContext } from './context';
import { JOURNAL_END } from './generate';
import { type CachedJournal, freshCopy } from './journal-cache';
import { coldOpenMetrics } from './metrics/cold-open';
import { exportMetrics, sizeMetrics } from './metrics/export';
import { growthMetrics } from './metrics/growth';
import { listMetrics } from './metrics/lists';
import { reviewMetrics } from './metrics/review';
import { searchMetrics } from './metrics/search';
import { timelineMetrics } from './metrics/timeline';
import { writeMetrics } from './metrics/writes';
import { visibilityMetrics } from './metrics/visibility';
import { type Metric, single } from './report';

export interface SuiteOptions {
  /** 1 for a real run; 0 runs each measurement once (the smoke test). */
  runsScale: number;
  log: (line: string) => void;
  /** Metric groups to run (all when absent): cold, timeline, lists, visibility, growth, search, review, export, writes. */
  only?: readonly string[];
}

/** The benchmark's "now": noon on the journal's last day, so "the last year" is the same on every run. */
const benchClock: Clock = { now: () => new Date(`${JOURNAL_END}T12:00:00`) };

/** Runs the metric groups in an order where none disturbs the next (writes last). */
export function runSuite(journal: CachedJournal, options: SuiteOptions): Metric[] {
  const { info } = journal;
  const want = (group: string) => !options.only || options.only.includes(group);
  const copy = freshCopy(journal.path);
  const metrics: Metric[] = [
    single(
      'write.bulk-create',
      info.size,
      'entries/s',
      info.entriesPerSecond,
      `through core.call, commit ${info.commits}${journal.fresh ? '' : ' (measured when the cached journal was generated)'}`,
    ),
  ];
  try {
    // Cold starts first: no other connection may have the file open.
    if (want('cold')) metrics.push(...step(options, 'cold open', () => coldOpenMetrics(contextWithout(copy, journal, options))));
    const core = openCore(copy.path, { clock: benchClock });
    const raw = new Database(copy.path);
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    const ctx: BenchContext = {
      size: info.size,
      path: copy.path,
      dir: copy.dir,
      core,
      raw,
      info,
      runsScale: options.runsScale,
      log: options.log,
    };
    try {
      metrics.push(...sizeMetrics(ctx));
      if (want('timeline')) metrics.push(...step(options, 'timeline', () => timelineMetrics(ctx)));
      if (want('lists')) metrics.push(...step(options, 'lists', () => listMetrics(ctx)));
      if (want('visibility')) metrics.push(...step(options, 'visibility', () => visibilityMetrics(ctx)));
      if (want('growth')) metrics.push(...step(options, 'growth', () => growthMetrics(ctx)));
      if (want('search')) metrics.push(...step(options, 'search', () => searchMetrics(ctx)));
      if (want('review')) metrics.push(...step(options, 'review', () => reviewMetrics(ctx)));
      if (want('export')) metrics.push(...step(options, 'export', () => exportMetrics(ctx)));
      if (want('writes')) metrics.push(...step(options, 'writes', () => writeMetrics(ctx)));
    } finally {
      raw.close();
      core.close();
    }
  } finally {
    copy.remove();
  }
  return metrics;
}

function step(options: SuiteOptions, label: string, fn: () => Metric[]): Metric[] {
  const t0 = performance.now();
  const out = fn();
  options.log(`  ${label}: ${out.length} figures in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

/** Cold-open needs only the file; the connections are opened after it. */
function contextWithout(copy: { path: string; dir: string }, journal: CachedJournal, options: SuiteOptions): BenchContext {
  const unavailable = () => {
    throw new Error('no connection during cold open');
  };
  return {
    size: journal.info.size,
    path: copy.path,
    dir: copy.dir,
    get core(): never {
      return unavailable();
    },
    get raw(): never {
      return unavailable();
    },
    info: journal.info,
    runsScale: options.runsScale,
    log: options.log,
  };
}
