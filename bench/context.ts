/** What every group of metrics gets: the journal under test, opened by the core and directly. */
import type Database from 'better-sqlite3';
import type { Core } from '../main/core/api';
import type { GeneratedJournal } from './generate';
import { timeRuns } from './stats';

export interface BenchContext {
  size: number;
  /** A private copy of the cached journal. */
  path: string;
  dir: string;
  core: Core;
  /** A plain better-sqlite3 connection on the same file, for the floor figures. */
  raw: Database.Database;
  info: GeneratedJournal;
  /** Scales every run count: 1 for a real run; the smoke test passes 0 to run everything once. */
  runsScale: number;
  log: (line: string) => void;
}

/** Runs `fn` as a benchmark would: `runs` times scaled by the context (at least once), after a warm-up. */
export function measure(ctx: BenchContext, runs: number, fn: (i: number) => void): number[] {
  const scaled = ctx.runsScale === 0 ? 1 : Math.max(1, Math.round(runs * ctx.runsScale));
  const warmup = ctx.runsScale === 0 ? 0 : Math.min(5, Math.ceil(scaled / 10));
  return timeRuns({ warmup, runs: scaled }, fn);
}

/** Calls the core and returns the value; a failure stops the benchmark (a figure for a failed call means nothing). */
export function must<T>(core: Core, channel: string, input: unknown): T {
  const result = core.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** The page sizes the renderer asks for (renderer/src/timeline/TimelineView.tsx). */
export const TIMELINE_PAGE = 100;
export const SEARCH_PAGE = 100;
