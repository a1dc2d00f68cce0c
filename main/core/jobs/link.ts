/**
 * Calling a long-lived worker thread by messages: each call gets a number, its answer comes
 * back with that number, so answers may arrive in any order and nothing is shared but the
 * message port. Used by the hosts to reach the journal worker, and by the journal worker to
 * reach its reader thread (see journal-worker.ts).
 *
 * A worker that dies (a crash in native code, out of memory, a bug that throws outside a
 * call) never leaves a caller waiting: every call in flight is answered with a typed
 * `storage` error at once, and the worker is started again for the calls that follow. A
 * write is answered only after its transaction committed (synchronous = FULL), so what was
 * acknowledged before the crash is on disk; a call caught by the crash is reported as not
 * confirmed, never as done.
 */
import { Worker } from 'node:worker_threads';
import type { Result } from '../../../common/contract';

/** A message from the worker: an answer, or something the link passes on (`onMessage`). */
export type FromWorker = { type: 'answer'; id: number; result: Result<unknown> } | { type: 'closed' } | { type: string; [key: string]: unknown };

/** A message to the worker. */
export type ToWorker = { type: 'call'; id: number; channel: string; input: unknown } | { type: 'close' };

export interface LinkOptions {
  workerFile: string;
  workerData: unknown;
  /** What the worker is, in messages ("journal", "reader"). */
  name: string;
  /** Messages other than answers (change events). */
  onMessage?: (message: FromWorker) => void;
  /** How long close() lets the worker finish before stopping it (default CLOSE_GRACE_MS). */
  closeGraceMs?: number;
  /** After an unexpected stop, once the calls in flight were failed; `restarted` false when it gave up. */
  onCrash?: (info: { exitCode: number | null; error: Error | null; restarted: boolean }) => void;
}

/** The answer of a call caught by a crash. Nothing after the last acknowledged write is lost. */
export const CRASH_MESSAGE =
  'The journal stopped unexpectedly and was restarted. This action was not confirmed: check it and try again. Everything saved before it is safe.';

/** Restarts allowed in CRASH_WINDOW_MS before the link stops trying (a journal that crashes at every open). */
const MAX_RESTARTS = 5;
const CRASH_WINDOW_MS = 60_000;
/** How long close() waits for the worker to finish its jobs and close the journal before stopping it. */
const CLOSE_GRACE_MS = 15_000;

export interface WorkerLink {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Calls sent and not answered yet. */
  pending(): number;
  /** Asks the worker to close (it finishes or cancels its jobs, closes the journal), then stops it. */
  close(): Promise<void>;
  /** Test only: stops the worker as a crash would (no chance to answer or clean up). */
  kill(): Promise<void>;
}

export function createWorkerLink(options: LinkOptions): WorkerLink {
  let worker: Worker | null = null;
  let nextId = 1;
  let closing: Promise<void> | null = null;
  let gaveUp: string | null = null;
  const crashes: number[] = [];
  const waiting = new Map<number, (result: Result<unknown>) => void>();

  const failAll = (message: string) => {
    const callers = [...waiting.values()];
    waiting.clear();
    for (const answer of callers) answer({ ok: false, error: { code: 'storage', message } });
  };

  const spawn = (): Worker => {
    const w = new Worker(options.workerFile, { workerData: options.workerData });
    let lastError: Error | null = null;
    w.on('message', (message: FromWorker) => {
      if (message.type === 'answer') {
        const { id, result } = message as { id: number; result: Result<unknown> };
        const answer = waiting.get(id);
        waiting.delete(id);
        answer?.(result);
      } else {
        options.onMessage?.(message);
      }
    });
    w.on('error', (err) => {
      lastError = err;
    });
    w.on('exit', (exitCode) => {
      if (worker === w) worker = null;
      if (closing) {
        failAll(`The ${options.name} was closed before it answered.`);
        return;
      }
      // An unexpected stop: nobody waits forever, and the next call finds a fresh worker.
      failAll(CRASH_MESSAGE);
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0]! > CRASH_WINDOW_MS) crashes.shift();
      const restarted = crashes.length <= MAX_RESTARTS;
      if (!restarted) {
        gaveUp = `The journal stopped ${crashes.length} times in a minute and was not restarted again${lastError ? ` (${lastError.message})` : ''}. Quit and reopen Scopebook.`;
      }
      // Started again at once (not at the next call), so change events keep coming to open windows.
      if (restarted) worker = spawn();
      options.onCrash?.({ exitCode, error: lastError, restarted });
    });
    return w;
  };

  const live = (): Worker | null => (closing || gaveUp ? null : (worker ??= spawn()));

  worker = spawn();

  return {
    call(channel, input) {
      const w = live();
      if (!w) {
        return Promise.resolve({ ok: false, error: { code: 'storage', message: gaveUp ?? 'The journal is closed.' } });
      }
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        try {
          w.postMessage({ type: 'call', id, channel, input } satisfies ToWorker);
        } catch (err) {
          // An input that cannot be copied to the worker (a function, a symbol) is bad input.
          waiting.delete(id);
          resolve({ ok: false, error: { code: 'invalid_input', message: `The request cannot be sent: ${(err as Error).message}` } });
        }
      });
    },
    pending: () => waiting.size,
    close() {
      return (closing ??= (async () => {
        const w = worker;
        if (!w) return;
        const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
        w.postMessage({ type: 'close' } satisfies ToWorker);
        const timer = setTimeout(() => void w.terminate(), options.closeGraceMs ?? CLOSE_GRACE_MS);
        await exited;
        clearTimeout(timer);
      })());
    },
    async kill() {
      const w = worker;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      await w.terminate();
      await exited;
    },
  };
}
