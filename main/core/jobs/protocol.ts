/**
 * What the host and a job's worker thread share. The worker is busy inside better-sqlite3
 * (synchronous) for the whole job, so it cannot read messages: progress and the cancel request
 * travel through a small SharedArrayBuffer that both sides read and write with Atomics.
 */
import type { JobOp } from '../../../common/contract';

/** Int32 slots of the shared buffer. */
export const SLOT = { cancel: 0, done: 1, total: 2 } as const;
export const SLOTS = 3;

/** workerData of a job's worker thread. */
export interface WorkerJob {
  /** Marks workerData meant for the jobs worker. */
  scopebookJob: true;
  /** The journal file: the worker opens its own connection to it. */
  file: string;
  op: JobOp;
  input: unknown;
  shared: SharedArrayBuffer;
  /** better-sqlite3's native module for this runtime (Electron in development); default otherwise. */
  nativeBinding?: string;
  /** Test only: pause this long at every progress step (see STEP_DELAY_ENV). Never set by default. */
  stepDelayMs?: number;
}

/**
 * Test-only environment variable read by the hosts: milliseconds a job pauses at each progress
 * step (every 200 entries), so an e2e test can press Cancel part-way without racing the export.
 * Unset (the default) means no pause. The pause ends at once when the job is cancelled.
 */
export const STEP_DELAY_ENV = 'SCOPEBOOK_TEST_JOB_STEP_DELAY_MS';

/** Reads STEP_DELAY_ENV: a whole number of ms from 1 to 10,000, else no delay. */
export function stepDelayFrom(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env[STEP_DELAY_ENV];
  if (!raw || !/^\d{1,5}$/.test(raw)) return undefined;
  const ms = Number(raw);
  return ms >= 1 && ms <= 10_000 ? ms : undefined;
}
