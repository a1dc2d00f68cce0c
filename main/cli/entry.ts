/**
 * The CLI bundle's entry (dist/cli.js, built by bin/build-cli.mjs). In the main thread it
 * exports `run` for bin/scopebook.mjs; started as a worker by long-call.ts, it runs that call.
 */
import { processIo } from './io';
import { runCli } from './main';
import { isCliWorker, runWorkerCall } from './worker';

if (isCliWorker()) runWorkerCall();

/** Runs `scopebook` with this process's streams; resolves to the exit code. */
export function run(argv: readonly string[], workerFile: string | null): Promise<number> {
  return runCli(argv, processIo(), { workerFile });
}
