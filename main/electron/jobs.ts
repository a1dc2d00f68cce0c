/**
 * Long work (exports, imports, backups, restores) as jobs in the desktop app: a job host
 * (main/core/jobs) for whichever journal is open, its worker bundle found next to this one
 * (dist/main/jobs-worker.js), loading the same better-sqlite3 build as the main process.
 */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core/api';
import { type ChangeFeed, publishWrites } from '../core/changes';
import { createJobHost, type JobHost } from '../core/jobs/host';
import { stepDelayFrom } from '../core/jobs/protocol';
import type { ContractTarget } from './ipc';
import { devBindingPath } from './sqlite-binding';

/** The contract target with jobs, and how to stop them before the journal closes. */
export interface DesktopJobs {
  target: () => ContractTarget | null;
  /** Whether a job is running now. */
  busy(): boolean;
  /** Cancels running jobs and waits for their workers (an export's temp file is removed). */
  close(): Promise<void>;
}

/** Wraps the open journal's core with jobs; a new journal (after a move) gets a new job host. */
export function withJobs(
  core: () => Core | null,
  changes: ChangeFeed,
  workerFile: string = join(__dirname, 'jobs-worker.js'),
): DesktopJobs {
  let current: { core: Core; jobs: JobHost } | null = null;
  let bare: { core: Core; target: ContractTarget } | null = null;
  // Looked up once, not on every call through the contract.
  let hasWorker: boolean | undefined;
  return {
    target: () => {
      const open = core();
      if (!open) return null;
      hasWorker ??= existsSync(workerFile);
      if (!hasWorker) {
        if (bare?.core !== open) bare = { core: open, target: publishWrites(open, changes) };
        return bare.target;
      }
      if (current?.core !== open) {
        void current?.jobs.close();
        current = { core: open, jobs: createJobHost(open, { workerFile, nativeBinding: nativeBinding(), stepDelayMs: stepDelayFrom(process.env), changes }) };
      }
      return current.jobs;
    },
    busy: () => current?.jobs.busy() ?? false,
    close: () => current?.jobs.close() ?? Promise.resolve(),
  };
}

function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const binding = devBindingPath(app.getAppPath(), process.versions.electron ?? '', process.platform, process.arch);
  return existsSync(binding) ? binding : undefined;
}
