/**
 * The hosts' side of the journal worker (journal-worker.ts): start it on a journal the host
 * opened (and holds the lock of), send it every contract call, and republish the change
 * events it announces on the host's feed. A worker that crashes is restarted by the link
 * (link.ts): the calls it was running are answered with a typed `storage` error saying the
 * action was not confirmed, and every view is told to reload (a `journal` change).
 */
import type { JournalChange, Result } from '../../../common/contract';
import { isChangeEvent } from '../../../common/contract';
import type { ChangeFeed } from '../changes';
import { EXTERNAL_POLL_MS, type JournalWorkerData } from './journal-worker';
import { CRASH_MESSAGE, createWorkerLink } from './link';

export interface JournalWorkerOptions {
  /** The journal file, opened, checked and migrated by the host first. */
  file: string;
  /** The worker bundle (dist/main/jobs-worker.js). */
  workerFile: string;
  /** better-sqlite3's native module for this runtime, when not the one in node_modules. */
  nativeBinding?: string | undefined;
  /** Test only (see STEP_DELAY_ENV). */
  stepDelayMs?: number | undefined;
  /** How often the worker looks for other programs' writes (ms). */
  pollMs?: number;
  /** Test only (see JournalWorkerData.readerStepDelayMs). */
  readerStepDelayMs?: number;
  /** Where the worker's change events are published for the host's views. */
  changes: ChangeFeed;
  /** Told once per crash (after the calls in flight were answered), for the host's log. */
  onCrash?: (message: string) => void;
}

/** What a host calls instead of the core. */
export interface JournalClient {
  /** Runs one contract call in the worker. Never rejects: every failure is a Result. */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Finishes (or cancels) running jobs and closes the worker's connections. Idempotent. */
  close(): Promise<void>;
  /** Test only: stops the worker thread as a crash would. */
  kill(): Promise<void>;
}

/** The channel named by the event sent after a restart: everything on screen reloads. */
export const RESTARTED_CHANNEL = 'journal:restarted';

/** Starts the journal worker for `file`. */
export function startJournalWorker(options: JournalWorkerOptions): JournalClient {
  const data: JournalWorkerData = {
    scopebookJournal: 'journal',
    file: options.file,
    workerFile: options.workerFile,
    pollMs: options.pollMs ?? EXTERNAL_POLL_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.stepDelayMs ? { stepDelayMs: options.stepDelayMs } : {}),
    ...(options.readerStepDelayMs ? { readerStepDelayMs: options.readerStepDelayMs } : {}),
  };
  const link = createWorkerLink({
    workerFile: options.workerFile,
    workerData: data,
    name: 'journal',
    onMessage: (message) => {
      if (message.type !== 'change') return;
      const candidate = { seq: 0, channel: message.channel, changes: message.changes };
      if (isChangeEvent(candidate)) options.changes.publish(candidate.channel, candidate.changes as JournalChange[]);
    },
    onCrash: ({ exitCode, error, restarted }) => {
      options.changes.publish(RESTARTED_CHANNEL, [{ what: 'journal' }]);
      options.onCrash?.(
        `Scopebook: the journal worker stopped (exit code ${exitCode ?? 'none'}${error ? `: ${error.message}` : ''}); ${restarted ? 'restarted it' : 'not restarting it again'}.`,
      );
    },
  });
  return { call: (channel, input) => link.call(channel, input), close: () => link.close(), kill: () => link.kill() };
}

export { CRASH_MESSAGE };
