/**
 * The worker-thread side of long-call.ts: opens its own connection to the journal (the main
 * thread holds the lock for this process), makes one contract call and posts the Result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Channel, Result } from '../../common/contract';
import { type Core, openCore, toApiError } from '../core/api';

/** Marks workerData meant for this worker. */
export const WORKER_MARK = 'scopebookCliWorker';

export interface WorkerCall {
  [WORKER_MARK]: true;
  file: string;
  channel: Channel;
  input: unknown;
}

/** Whether this thread was started to run a call (workerData carries the mark). */
export function isCliWorker(): boolean {
  return Boolean(parentPort && (workerData as Partial<WorkerCall> | null)?.[WORKER_MARK]);
}

/** Runs the call in workerData and posts its Result to the main thread. */
export function runWorkerCall(): void {
  const call = workerData as WorkerCall;
  let core: Core | null = null;
  let result: Result<unknown>;
  try {
    core = openCore(call.file);
    result = core.call(call.channel, call.input);
  } catch (err) {
    result = { ok: false, error: toApiError(err) };
  } finally {
    core?.close();
  }
  parentPort!.postMessage(result);
}
