/**
 * Long work (exports, imports, backups, restores) as jobs in the desktop app: a job host
 * (main/core/jobs) for whichever journal is open, its worker bundle found next to this one
 * (dist/main/jobs-worker.js), loading the same better-sqlite3 build as the main process.
 */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core/api';
import { createJobHost, type JobHost } from '../core/jobs/host';
import { stepDelayFrom } from '../core/jobs/protocol';
import type { ContractTarget } from './ipc';
import { devBindingPath } from './sqlite-binding';

/** Wraps the open journal's core with jobs; a new journal (after a move) gets a new job host. */
export function withJobs(core: () => Core | null, workerFile: string = join(__dirname, 'jobs-worker.js')): () => ContractTarget | null {
  let current: { core: Core; jobs: JobHost } | null = null;
  return () => {
    const open = core();
    if (!open) return null;
    if (!existsSync(workerFile)) return open;
    if (current?.core !== open) {
      void current?.jobs.close();
      current = { core: open, jobs: createJobHost(open, { workerFile, nativeBinding: nativeBinding(), stepDelayMs: stepDelayFrom(process.env) }) };
    }
    return current.jobs;
  };
}

function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const binding = devBindingPath(app.getAppPath(), process.versions.electron ?? '', process.platform, process.arch);
  return existsSync(binding) ? binding : undefined;
}
