/**
 * Runs long operations as jobs for a host (browser host, Electron main): each job in a worker
 * thread with its own connection to the same journal file, so the host's thread keeps answering
 * while a 100,000-entry export runs, reports progress, and can be cancelled.
 *
 * The lock rule: WAL lets readers run beside a writer, so jobs that only read (exports,
 * backups) never block anything. A job that writes (import, restore) holds SQLite's write
 * lock for its whole transaction; a write on the host's connection meanwhile would block the
 * host's thread in busy_timeout and then fail. So while a writing job runs, every other write
 * (a contract call of kind 'write', or a second writing job) is refused at once with a
 * `conflict` saying what the journal is busy with. It is the simplest rule that is always
 * correct: nothing waits, nothing is half-done, and the person can retry when the bar ends.
 * (Chunking the import on the host's connection would break its all-or-nothing promise.)
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ZodError } from 'zod';
import {
  type ApiError,
  findChannel,
  type Handlers,
  type JobOp,
  type JobState,
  type JobStatus,
  type Result,
} from '../../../common/contract';
import { type Core, type Ctx, dispatch } from '../api';
import { systemClock } from '../clock';
import { CoreError, notFound } from '../errors';
import { handlers } from '../handlers';
import { Cancelled } from '../safety/progress';
import { changesOf, type ChangeFeed } from '../changes';
import { SLOT, SLOTS, type WorkerJob } from './protocol';

export interface JobHostOptions {
  /** The bundled worker (dist/main/jobs-worker.js), next to the host's own bundle. */
  workerFile: string;
  /** better-sqlite3's native module for this runtime, when not the one in node_modules. */
  nativeBinding?: string;
  /** Test only (see STEP_DELAY_ENV). */
  stepDelayMs?: number;
  /** How many finished jobs stay queryable (oldest forgotten first). */
  keepFinished?: number;
  /** Where successful writes are announced: direct contract calls, and writing jobs (an import,
   * a restore) when they finish. */
  changes?: ChangeFeed;
}

/** A core with jobs: `call` answers `jobs:*` itself and passes everything else to the core. */
export interface JobHost {
  call(channel: string, input: unknown): Result<unknown>;
  /** Whether a job is running (e.g. to warn before quitting). */
  busy(): boolean;
  /** Cancels every running job and waits for the workers to stop (close the journal after). */
  close(): Promise<void>;
}

interface Job {
  id: string;
  op: JobOp;
  writes: boolean;
  cancellable: boolean;
  slots: Int32Array;
  worker: Worker | null;
  state: JobState;
  result?: unknown;
  error?: ApiError;
  exited: Promise<void>;
}

/** What each job is called in "busy with …" messages. */
const LABELS: Record<JobOp, string> = {
  'data:exportJson': 'an export',
  'data:exportMarkdown': 'an export',
  'data:exportHtml': 'an export',
  'data:exportDownload': 'an export',
  'data:importCommit': 'an import',
  'data:importCommitUpload': 'an import',
  'data:backupNow': 'a backup',
  'data:restoreBackup': 'a restore',
};

const CANCELLABLE = new Set<JobOp>(['data:exportJson', 'data:exportMarkdown', 'data:exportHtml', 'data:exportDownload', 'data:importCommit', 'data:importCommitUpload']);
const CANCELLED_MESSAGE = new Cancelled().message;
/** How long close() waits for a cancelled job to reach its next step before stopping the thread. */
const CLOSE_GRACE_MS = 10_000;

/** Binds jobs to an open core. One per open journal; close it before closing the journal. */
export function createJobHost(core: Pick<Core, 'path' | 'db' | 'call'>, options: JobHostOptions): JobHost {
  const jobs = new Map<string, Job>();
  const keep = options.keepFinished ?? 50;

  const running = () => [...jobs.values()].filter((j) => j.state === 'running');
  const writer = () => running().find((j) => j.writes);

  const busyWith = (job: Job) =>
    new CoreError('conflict', `Busy with ${LABELS[job.op]}: the journal takes one change at a time. Try again when it has finished.`);

  const statusOf = (job: Job): JobStatus => ({
    id: job.id,
    op: job.op,
    state: job.state,
    done: Atomics.load(job.slots, SLOT.done),
    total: Atomics.load(job.slots, SLOT.total),
    cancellable: job.cancellable,
    ...(job.result !== undefined ? { result: job.result } : {}),
    ...(job.error ? { error: job.error } : {}),
  });

  const find = (id: string) => {
    const job = jobs.get(id);
    if (!job) throw notFound('Job', id);
    return job;
  };

  const forgetOld = () => {
    const finished = [...jobs.values()].filter((j) => j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - keep))) jobs.delete(j.id);
  };

  const start = (op: JobOp, input: unknown): { id: string } => {
    const def = findChannel(op)!;
    const parsed = def.op.input.safeParse(input);
    if (!parsed.success) {
      throw new ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ['input', ...issue.path] })));
    }
    const writes = def.op.kind === 'write';
    const holder = writer();
    if (writes && holder) throw busyWith(holder);

    const slots = new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
    const data: WorkerJob = {
      scopebookJob: true,
      file: core.path,
      op,
      input,
      shared: slots.buffer as SharedArrayBuffer,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.stepDelayMs ? { stepDelayMs: options.stepDelayMs } : {}),
    };
    const worker = new Worker(options.workerFile, { workerData: data });
    let exited!: () => void;
    const job: Job = {
      id: randomUUID(),
      op,
      writes,
      cancellable: CANCELLABLE.has(op),
      slots,
      worker,
      state: 'running',
      exited: new Promise<void>((resolve) => (exited = resolve)),
    };
    const finish = (result: Result<unknown>) => {
      if (job.state !== 'running') return;
      if (result.ok) {
        job.state = 'done';
        job.result = result.value;
        if (writes) options.changes?.publish(op, changesOf(op, parsed.data, result.value));
      } else {
        const cancelled = Atomics.load(slots, SLOT.cancel) !== 0 && result.error.message === CANCELLED_MESSAGE;
        job.state = cancelled ? 'cancelled' : 'failed';
        job.error = result.error;
      }
      forgetOld();
    };
    worker.once('message', (result: Result<unknown>) => finish(result));
    worker.once('error', (err) => finish({ ok: false, error: { code: 'storage', message: `Unexpected failure: ${err.message}` } }));
    worker.once('exit', (code) => {
      finish({ ok: false, error: { code: 'storage', message: `Unexpected failure: the job stopped (exit code ${code}) without an answer.` } });
      job.worker = null;
      exited();
    });
    jobs.set(job.id, job);
    return { id: job.id };
  };

  const cancel = (job: Job) => {
    if (job.state === 'running' && job.cancellable) {
      Atomics.store(job.slots, SLOT.cancel, 1);
      Atomics.notify(job.slots, SLOT.cancel);
    }
  };

  const jobHandlers: Handlers<Ctx>['jobs'] = {
    start: (_ctx, input) => start(input.op, input.input),
    status: (_ctx, input) => statusOf(find(input.id)),
    cancel: (_ctx, input) => {
      const job = find(input.id);
      cancel(job);
      return statusOf(job);
    },
  };
  const impl: Handlers<Ctx> = { ...handlers, jobs: jobHandlers };
  const ctx: Ctx = { db: core.db, clock: systemClock, journalFile: core.path };

  return {
    call(channel, input) {
      if (typeof channel === 'string' && channel.startsWith('jobs:')) return dispatch(ctx, impl, channel, input);
      const holder = writer();
      if (holder && findChannel(channel)?.op.kind === 'write') return { ok: false, error: busyWith(holder).toApiError() };
      const result = core.call(channel, input);
      if (result.ok && options.changes) options.changes.publish(channel, changesOf(channel, input, result.value));
      return result;
    },
    busy: () => running().length > 0,
    async close() {
      const live = running();
      for (const job of live) {
        Atomics.store(job.slots, SLOT.cancel, 1);
        Atomics.notify(job.slots, SLOT.cancel);
      }
      await Promise.all(
        live.map(async (job) => {
          const timer = setTimeout(() => void job.worker?.terminate(), CLOSE_GRACE_MS);
          await job.exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
