/** Progress and cancellation for long work (exports, imports). Hosts show progress; the contract does not. */
import { CoreError } from '../errors';

export interface LongWork {
  /** Called as work advances: `done` out of `total` items. */
  onProgress?: (done: number, total: number) => void;
  /** Abort to stop: nothing is left half-written. */
  signal?: AbortSignal;
}

/** Raised when long work is cancelled through its AbortSignal. */
export class Cancelled extends CoreError {
  constructor() {
    super('conflict', 'Cancelled: nothing was written.');
    this.name = 'Cancelled';
  }
}

/** Reports progress and stops with Cancelled if the work was aborted. */
export function step(work: LongWork | undefined, done: number, total: number): void {
  if (work?.signal?.aborted) throw new Cancelled();
  work?.onProgress?.(done, total);
}
