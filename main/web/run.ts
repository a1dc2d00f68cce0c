/**
 * `npm run web`: opens the journal (same default location as the desktop app), starts the
 * browser host and prints its address. Problems a person can fix are printed in a line or two,
 * never as a stack trace.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChangeFeed, publishWrites } from '../core/changes';
import { type JournalClient, startJournalWorker } from '../core/jobs/journal-client';
import { stepDelayFrom } from '../core/jobs/protocol';
import type { OpenJournal } from '../core/journal';
import { dataDirOverride, defaultDataDir, flagValue, journalFile } from '../core/paths';
import { openWithRecovery } from './recover';
import { withoutPathWrites } from './path-policy';
import { startWebHost, type WebHost } from './server';

/**
 * The port of the last run, kept beside the journal. Without --port the host takes it again:
 * the page's address (its origin) stays the same, so what the browser kept for it — drafts
 * typed while the host was stopped, settings — is still there after a restart.
 */
export const LAST_PORT_FILE = 'browser-port';

/** Imports arrive as base64 in a request body: room for the contract's upload limit. */
const MAX_BODY_BYTES = 48 * 1024 * 1024;

export interface RunWebOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  print: (line: string) => void;
  printError: (line: string) => void;
  /**
   * The worker bundle (dist/main/jobs-worker.js): the journal worker runs every call in it.
   * Without it (unit tests of this file) calls run on this thread and jobs are unavailable.
   */
  workerFile?: string;
}

export interface RunningWebHost {
  readonly host: WebHost;
  readonly dataDir: string;
  /** Stops the server, then closes the journal and releases its lock. */
  stop(): Promise<void>;
}

/** Starts browser mode; null (after printing why) when it cannot start. */
export async function runWebHost(options: RunWebOptions): Promise<RunningWebHost | null> {
  const { print, printError } = options;
  const asked = flagValue(options.argv, '--port');
  const port = parsePort(asked);
  if (port === null) {
    printError('Scopebook: --port must be a whole number from 0 to 65535 (0 picks a free port).');
    return null;
  }
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    printError(`Scopebook: the app is not built (no ${join(options.rendererDir, 'index.html')}). Run \`npm run web\`, which builds it first.`);
    return null;
  }
  const dataDir = dataDirOverride(options.argv, options.env) ?? defaultDataDir(process.platform, options.env);

  const journal: OpenJournal | null = openWithRecovery(dataDir, options.argv.includes('--recover'), print, printError);
  if (!journal) return null;

  // Every successful write is announced on this feed (by the journal worker); open pages hear it on GET /api/events.
  const changes = createChangeFeed();
  let worker: JournalClient | null = null;
  if (options.workerFile && existsSync(options.workerFile)) {
    // The worker owns the journal from here on: this thread keeps only the lock, and routes.
    journal.core.close();
    worker = startJournalWorker({
      file: journal.core.path,
      workerFile: options.workerFile,
      stepDelayMs: stepDelayFrom(options.env),
      changes,
      onCrash: printError,
    });
  }
  const core = withoutPathWrites(worker ?? publishWrites(journal.core, changes));
  const start = (p: number) => startWebHost({ core, changes, rendererDir: options.rendererDir, port: p, maxBodyBytes: MAX_BODY_BYTES });
  const last = asked === null ? readLastPort(dataDir) : null;
  let host: WebHost;
  let notice: string | null = null;
  try {
    if (last !== null) {
      try {
        host = await start(last);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        host = await start(0);
        notice =
          `Port ${last}, used last time, is taken by another program, so this run uses ${host.port}. ` +
          `Drafts your browser kept for the old address (http://127.0.0.1:${last}) are not shown here: ` +
          `free port ${last} and start again (or pass --port ${last}) to get them back.`;
      }
    } else {
      host = await start(port);
    }
  } catch (err) {
    await worker?.close();
    journal.close();
    const code = (err as NodeJS.ErrnoException).code;
    printError(
      code === 'EADDRINUSE'
        ? `Scopebook: port ${port} is already in use. Choose another with --port, or leave it out to get a free one.`
        : `Scopebook: cannot listen on 127.0.0.1:${port}: ${(err as Error).message}`,
    );
    return null;
  }

  if (notice) printError(`Scopebook: ${notice}`);
  writeLastPort(dataDir, host.port);
  print('Scopebook is running in browser mode. Open this address in your browser:');
  print('');
  print(`  ${host.url}`);
  print('');
  print(`Journal: ${journalFile(dataDir)}`);
  print('Only this computer can connect, and only with the address above. Press Ctrl+C to stop.');

  let stopping: Promise<void> | null = null;
  return {
    host,
    dataDir,
    stop: () =>
      (stopping ??= host
        .close()
        .then(() => worker?.close())
        .finally(() => {
          journal.close();
        })),
  };
}

function readLastPort(dataDir: string): number | null {
  try {
    const raw = readFileSync(join(dataDir, LAST_PORT_FILE), 'utf8').trim();
    const port = /^\d{1,5}$/.test(raw) ? Number(raw) : 0;
    return port >= 1024 && port <= 65535 ? port : null;
  } catch {
    return null;
  }
}

function writeLastPort(dataDir: string, port: number): void {
  try {
    writeFileSync(join(dataDir, LAST_PORT_FILE), `${port}\n`);
  } catch {
    // Only a convenience: a read-only folder just means a new port next time.
  }
}

function parsePort(raw: string | null): number | null {
  if (raw === null) return 0;
  if (!/^\d{1,5}$/.test(raw)) return null;
  const port = Number(raw);
  return port <= 65535 ? port : null;
}
