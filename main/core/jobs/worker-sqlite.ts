/**
 * better-sqlite3 as the jobs worker loads it: the worker bundle aliases every `better-sqlite3`
 * import to this file (scripts/build.mjs). The desktop app in development runs with a native
 * module built for Electron elsewhere than node_modules; the host passes its path in workerData.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';

function forThisWorker(): typeof Database {
  const binding = (workerData as { nativeBinding?: unknown } | null)?.nativeBinding;
  if (typeof binding !== 'string' || binding === '') return Database;
  const nativeBinding: string = binding;
  class WorkerDatabase extends Database {
    constructor(filename?: string | Buffer, options: Database.Options = {}) {
      super(filename, { nativeBinding, ...options });
    }
  }
  return WorkerDatabase as unknown as typeof Database;
}

export default forThisWorker();
