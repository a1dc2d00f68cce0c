/**
 * The worker-thread side of a job: opens its own connection to the journal (the host's thread
 * holds the journal lock for this process), runs one contract operation through the core's
 * dispatch (same validation, same write transaction) with progress and cancel wired to the
 * shared buffer, and posts the Result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findChannel, type Result } from '../../../common/contract';
import { type Ctx, dispatch, toApiError } from '../api';
import { systemClock } from '../clock';
import { type Db, openConnection, SCHEMA_VERSION } from '../db';
import { CoreError } from '../errors';
import { handlers } from '../handlers';
import { Cancelled, type LongWork } from '../safety/progress';
import { SLOT, type WorkerJob } from './protocol';

/** Whether this thread was started to run a job. */
export function isJobWorker(): boolean {
  return Boolean(parentPort && (workerData as Partial<WorkerJob> | null)?.scopebookJob);
}

/** Runs the job in workerData and posts its Result to the host. */
export function runJobInWorker(): void {
  const job = workerData as WorkerJob;
  const slots = new Int32Array(job.shared);
  const work: LongWork = {
    onProgress(done, total) {
      Atomics.store(slots, SLOT.done, done);
      Atomics.store(slots, SLOT.total, total);
      // Test-only pause; wakes early when cancel is set (the host notifies the slot).
      if (job.stepDelayMs) Atomics.wait(slots, SLOT.cancel, 0, job.stepDelayMs);
      if (Atomics.load(slots, SLOT.cancel) !== 0) throw new Cancelled();
    },
  };
  let db: Db | null = null;
  let result: Result<unknown>;
  try {
    // A job that only reads (an export, a backup) gets a read-only connection: it cannot change the journal.
    db = openJobConnection(job.file, findChannel(job.op)?.op.kind !== 'write');
    const ctx: Ctx = { db, clock: systemClock, journalFile: job.file, work };
    result = dispatch(ctx, handlers, job.op, job.input);
  } catch (err) {
    result = { ok: false, error: toApiError(err) };
  } finally {
    if (db?.open) db.close();
  }
  parentPort!.postMessage(result);
}

/**
 * A second connection to the journal the host already opened, checked and migrated: the same
 * pragmas as openDatabase, without its checks (a quick_check of a large journal takes seconds,
 * and would run at every job because the host's WAL is never empty while it runs).
 */
export function openJobConnection(file: string, readonly = false): Db {
  const db = openConnection(file, { fileMustExist: true, timeout: 5000, readonly });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== SCHEMA_VERSION) {
      throw new CoreError('storage', `The journal at ${file} changed under Scopebook (schema ${version}, expected ${SCHEMA_VERSION}). Restart Scopebook.`);
    }
    if (!readonly) {
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
    }
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
