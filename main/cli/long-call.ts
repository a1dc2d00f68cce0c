/**
 * Long work (import, export, backup, restore) with a progress bar on a terminal. The core
 * reports no progress over the contract and better-sqlite3 blocks its thread, so on a TTY the
 * call runs in a worker thread (its own connection to the same journal, under this process's
 * lock) while this thread animates the bar on stderr. Elsewhere, or when no worker bundle is
 * available, the call simply runs here.
 */
import { Worker } from 'node:worker_threads';
import type { Channel, Result } from '../../common/contract';
import type { CliIo } from './io';
import type { CliJournal } from './journal';
import { WORKER_MARK, type WorkerCall } from './worker';

/** Runs `channel` with a progress bar labelled `label` when stderr is a terminal. */
export async function callWithProgress(
  journal: CliJournal,
  channel: Channel,
  input: unknown,
  label: string,
  io: CliIo,
  workerFile: string | null,
): Promise<Result<unknown>> {
  if (!io.stderrIsTTY || !workerFile) return journal.callRaw(channel, input);
  const bar = startBar(io, label);
  try {
    return await inWorker(workerFile, { [WORKER_MARK]: true, file: journal.file, channel, input });
  } finally {
    bar.stop();
  }
}

function inWorker(workerFile: string, call: WorkerCall): Promise<Result<unknown>> {
  return new Promise((resolve) => {
    let answered = false;
    const worker = new Worker(workerFile, { workerData: call });
    const answer = (result: Result<unknown>) => {
      if (answered) return;
      answered = true;
      resolve(result);
    };
    worker.once('message', (result: Result<unknown>) => answer(result));
    worker.once('error', (err) => answer({ ok: false, error: { code: 'storage', message: `Unexpected failure: ${err.message}` } }));
    worker.once('exit', (code) =>
      answer({ ok: false, error: { code: 'storage', message: `Unexpected failure: the worker stopped (exit code ${code}) without an answer` } }),
    );
  });
}

const WIDTH = 24;
const BLOCK = 6;

/** An indeterminate bar with elapsed time, redrawn on one stderr line until stopped. */
function startBar(io: CliIo, label: string): { stop(): void } {
  const started = Date.now();
  let frame = 0;
  const draw = () => {
    const span = WIDTH - BLOCK;
    const pos = Math.abs((frame++ % (2 * span)) - span);
    const bar = ' '.repeat(span - pos) + '█'.repeat(BLOCK) + ' '.repeat(pos);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.writeErr(`\r\u001b[2K[${bar}] ${label}… ${seconds}s`);
  };
  draw();
  const timer = setInterval(draw, 80);
  return {
    stop() {
      clearInterval(timer);
      io.writeErr('\r\u001b[2K');
    },
  };
}
