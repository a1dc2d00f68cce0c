/**
 * Every contract call of the desktop app goes to the journal worker (main/core/jobs): one
 * worker thread for whichever journal is open, started from the bundle next to this one
 * (dist/main/jobs-worker.js) with the same better-sqlite3 build as the main process. The
 * main process only routes calls and answers, and republishes the worker's change events.
 */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core/api';
import { type ChangeFeed, publishWrites } from '../core/changes';
import { type JournalClient, startJournalWorker } from '../core/jobs/journal-client';
import { stepDelayFrom } from '../core/jobs/protocol';
import type { ContractTarget } from './ipc';
import { devBindingPath } from './sqlite-binding';

/** The contract target for the open journal, and how to stop its worker before the journal closes. */
export interface DesktopJobs {
  target: () => ContractTarget | null;
  /** Whether a worker runs (and must be closed, finishing or cancelling its jobs, before quitting). */
  busy(): boolean;
  /** Cancels running jobs and closes the worker (an export's temp file is removed). */
  close(): Promise<void>;
}

/** Routes calls to a journal worker for the open journal; a new journal (after a move) gets a new worker. */
export function withJobs(
  core: () => Core | null,
  changes: ChangeFeed,
  workerFile: string = join(__dirname, 'jobs-worker.js'),
): DesktopJobs {
  let current: { core: Core; worker: JournalClient } | null = null;
  let bare: { core: Core; target: ContractTarget } | null = null;
  // Looked up once, not on every call through the contract.
  let hasWorker: boolean | undefined;
  return {
    target: () => {
      const open = core();
      if (!open) return null;
      hasWorker ??= existsSync(workerFile);
      if (!hasWorker) {
        // An unbuilt worker (a broken development build): calls still work, on this thread.
        if (bare?.core !== open) bare = { core: open, target: publishWrites(open, changes) };
        return bare.target;
      }
      if (current?.core !== open) {
        void current?.worker.close();
        const worker = startJournalWorker({
          file: open.path,
          workerFile,
          nativeBinding: nativeBinding(),
          stepDelayMs: stepDelayFrom(process.env),
          changes,
          onCrash: (message) => console.error(message),
        });
        current = { core: open, worker };
      }
      return current.worker;
    },
    busy: () => current !== null,
    close: async () => {
      const closing = current?.worker.close();
      current = null;
      await closing;
    },
  };
}

function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const binding = devBindingPath(app.getAppPath(), process.versions.electron ?? '', process.platform, process.arch);
  return existsSync(binding) ? binding : undefined;
}
