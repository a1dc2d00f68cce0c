/**
 * The journal worker: one long-lived worker thread that owns the journal's connections and
 * runs every contract call for a host (the browser host, the Electron main process). The
 * hosts only pass calls in and answers and change events out (journal-client.ts), so a long
 * call never freezes a window, a menu or another HTTP request.
 *
 * Why a `worker_threads` Worker and not Electron's `utilityProcess`: it runs identically in
 * the browser host (plain Node) and in Electron's main process, and tests start it without
 * Electron; better-sqlite3 loads in worker threads (the jobs already ran there); and nothing
 * it does needs a separate OS process (no sandbox, no second copy of Chromium's services).
 * A crash of native code would take the whole process down with either choice only for a
 * process-level fault; for a thread that throws or is stopped, the host restarts it (link.ts).
 *
 * How calls are scheduled, so a short call never waits behind a long one:
 * - Short calls (a keystroke's save, a timeline page, one entry) run here one at a time, in
 *   the order they arrive; each takes well under a millisecond to a few ms.
 * - Reads run on a read-only connection (the read handle, see api.ts): in WAL mode it reads
 *   beside any writer without waiting, and it cannot change the journal.
 * - Long reads (SLOW_READS: a review draft over years of entries takes ~1 s at 100k) go to
 *   a reader thread with its own read-only connection, and their answer comes back when it is
 *   ready; calls that arrive meanwhile are answered here at once.
 * - Long work (exports, imports, backups, restores) runs as jobs (host.ts), each in its own
 *   thread with progress and Cancel; while a job writes, other writes are refused at once
 *   with a `conflict` instead of waiting on its lock.
 * - Writes that generate a review (`reviews:create`, `reviews:regenerate`) still run here in
 *   their write transaction; at 100k entries and an all-time period they hold the queue for
 *   about a second (see bench/README.md).
 *
 * Another program writing the same file (a second connection: the CLI, a restore by hand) is
 * noticed by polling `PRAGMA data_version` (it changes only for other connections' commits)
 * and announced as a `journal` change, so open views reload.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { JournalChange, Result } from '../../../common/contract';
import { type Ctx, dispatch, toApiError } from '../api';
import { createChangeFeed } from '../changes';
import { systemClock } from '../clock';
import { type Db, openReadHandle } from '../db';
import { handlers } from '../handlers';
import type { LongWork } from '../safety/progress';
import { createJobHost, type JobHost } from './host';
import { createWorkerLink, type ToWorker, type WorkerLink } from './link';
import { openJobConnection } from './worker';

/** workerData of the journal worker. */
export interface JournalWorkerData {
  scopebookJournal: 'journal' | 'reader';
  /** The journal file, already opened, checked and migrated by the host (which holds its lock). */
  file: string;
  /** This bundle: the worker starts its reader and job threads from it. */
  workerFile: string;
  /** better-sqlite3's native module for this runtime (Electron in development). */
  nativeBinding?: string;
  /** Test only (see STEP_DELAY_ENV). */
  stepDelayMs?: number;
  /** How often another program's writes are looked for (ms); default EXTERNAL_POLL_MS. */
  pollMs?: number;
  /** Test only: the reader pauses this long at each progress step of a slow read (a call that is surely in flight). */
  readerStepDelayMs?: number;
}

/** Reads that can take a second or more on a large journal: answered by the reader thread. */
export const SLOW_READS: ReadonlySet<string> = new Set([
  'reviews:preview',
  'reviews:export',
  'stats:levelsByMonth',
  'stats:visibility',
  'visibility:radar',
  'visibility:gaps',
  'updates:prepare',
  'data:exportJson',
  'data:exportMarkdown',
  'data:exportHtml',
  'data:importPreview',
  'data:importPreviewUpload',
  'evidence:previewGit',
  'evidence:previewCalendar',
]);

/** How often the worker looks for another program's writes. */
export const EXTERNAL_POLL_MS = 1000;

/** The channel named in the event announcing another program's writes. */
export const EXTERNAL_CHANNEL = 'journal:changedElsewhere';

/** A message the journal worker sends besides answers. */
export type JournalEventMessage = { type: 'change'; channel: string; changes: JournalChange[] };

/** Whether this thread is the journal worker or its reader. */
export function isJournalWorker(): boolean {
  return Boolean(parentPort && (workerData as Partial<JournalWorkerData> | null)?.scopebookJournal);
}

/** Runs the journal worker (or its reader thread) described by workerData until asked to close. */
export function runJournalWorker(): void {
  const data = workerData as JournalWorkerData;
  if (data.scopebookJournal === 'reader') return runReader(data);
  const port = parentPort!;

  let db: Db | null = null;
  let readDb: Db | null = null;
  let jobs: JobHost | null = null;
  let opened: Result<never> | null = null;
  const changes = createChangeFeed();
  changes.subscribe((event) => port.postMessage({ type: 'change', channel: event.channel, changes: event.changes } satisfies JournalEventMessage));
  try {
    db = openJobConnection(data.file);
    readDb = openReadHandle(data.file);
    const writer = db;
    const ctx: Ctx = { db: writer, reader: readDb, clock: systemClock, journalFile: data.file };
    jobs = createJobHost(
      { path: data.file, db: writer, call: (channel, input) => dispatch(ctx, handlers, channel, input) },
      { workerFile: data.workerFile, changes, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}), ...(data.stepDelayMs ? { stepDelayMs: data.stepDelayMs } : {}) },
    );
  } catch (err) {
    opened = { ok: false, error: toApiError(err) };
  }
  const reader: WorkerLink | null = opened
    ? null
    : createWorkerLink({
        workerFile: data.workerFile,
        workerData: { ...data, scopebookJournal: 'reader' } satisfies JournalWorkerData,
        name: 'reader',
        // A read has nothing to finish: closing (quitting) does not wait for a long one.
        closeGraceMs: 1000,
      });

  // Another connection's commits (the CLI, another tool): views reload. Our own do not count.
  let version = db && !opened ? (db.pragma('data_version', { simple: true }) as number) : 0;
  const poll = setInterval(() => {
    if (!db?.open) return;
    const now = db.pragma('data_version', { simple: true }) as number;
    if (now !== version) {
      version = now;
      changes.publish(EXTERNAL_CHANNEL, [{ what: 'journal' }]);
    }
  }, data.pollMs ?? EXTERNAL_POLL_MS);

  const answer = (id: number, result: Result<unknown>) => port.postMessage({ type: 'answer', id, result });

  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      clearInterval(poll);
      void Promise.all([jobs?.close(), reader?.close()]).finally(() => {
        if (readDb?.open) readDb.close();
        if (db?.open) db.close();
        port.postMessage({ type: 'closed' });
        port.close();
      });
      return;
    }
    const { id, channel, input } = message;
    if (opened) return answer(id, opened);
    if (reader && SLOW_READS.has(channel)) {
      void reader.call(channel, input).then((result) => answer(id, result));
      return;
    }
    answer(id, jobs!.call(channel, input));
  });
}

/** The reader thread: answers slow reads on its own read-only connection, one at a time. */
function runReader(data: JournalWorkerData): void {
  const port = parentPort!;
  let readDb: Db | null = null;
  let ctx: Ctx | null = null;
  let opened: Result<never> | null = null;
  try {
    readDb = openReadHandle(data.file);
    const pause = data.readerStepDelayMs;
    const work: LongWork | undefined = pause ? { onProgress: () => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause) } : undefined;
    ctx = { db: readDb, reader: readDb, clock: systemClock, journalFile: data.file, ...(work ? { work } : {}) };
  } catch (err) {
    opened = { ok: false, error: toApiError(err) };
  }
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      if (readDb?.open) readDb.close();
      port.close();
      return;
    }
    const result = opened ?? dispatch(ctx!, handlers, message.channel, message.input);
    port.postMessage({ type: 'answer', id: message.id, result });
  });
}
