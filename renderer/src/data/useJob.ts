/**
 * Runs a long operation as a job (see common/contract/jobs.ts): starts it, polls its status
 * for the progress bar, and settles like a plain call — the result, an ApiCallError, or
 * JobCancelled when the person cancelled it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobOp, JobStatus } from '../../../common/contract';
import { api, ApiCallError, call } from '../api';
import { CANCELLED_TEXT } from './progress-text';

/** How often a running job is asked how far it has got. */
const POLL_MS = 150;

/** Thrown by `run` when the job was cancelled: nothing was written. */
export class JobCancelled extends Error {
  constructor() {
    super(CANCELLED_TEXT);
    this.name = 'JobCancelled';
  }
}

export interface JobControl {
  /** The running job's latest status; null when none runs. */
  status: JobStatus | null;
  /** Starts `op` and resolves with its result once done. */
  run<T>(op: JobOp, input: unknown): Promise<T>;
  /** Asks the running job to stop. */
  cancel(): void;
}

/** One job at a time per form. */
export function useJob(): JobControl {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const show = (s: JobStatus | null) => {
    if (mounted.current) setStatus(s);
  };

  const run = useCallback(async <T>(op: JobOp, input: unknown): Promise<T> => {
    const { id } = await call(api.jobs.start({ op, input }));
    current.current = id;
    try {
      let s = await call(api.jobs.status({ id }));
      show(s);
      while (s.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        s = await call(api.jobs.status({ id }));
        show(s);
      }
      if (s.state === 'done') return s.result as T;
      if (s.state === 'cancelled') throw new JobCancelled();
      throw new ApiCallError(s.error ?? { code: 'storage', message: 'The job failed without saying why.' });
    } finally {
      current.current = null;
      show(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const id = current.current;
    if (id) void api.jobs.cancel({ id });
  }, []);

  return { status, run, cancel };
}
