/**
 * Jobs: long operations (exports, imports, backups, restores) run in the background with
 * progress and cancel. The host runs each in a worker thread with its own connection to the
 * journal, so the app stays responsive; the renderer polls `jobs:status` to draw a progress bar.
 * While a job that writes (import, restore) runs, other writes are refused with a `conflict`
 * ("busy with …") rather than waiting: the journal has one writer at a time.
 */
import { z } from 'zod';
import { type ApiError, op } from './shared';

/** The operations that can run as a job: each keeps its own input schema and result. */
export const JOB_OPS = [
  'data:exportJson',
  'data:exportMarkdown',
  'data:exportHtml',
  'data:exportDownload',
  'data:importCommit',
  'data:importCommitUpload',
  'data:backupNow',
  'data:restoreBackup',
] as const;
export type JobOp = (typeof JOB_OPS)[number];

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobStatus {
  id: string;
  op: JobOp;
  state: JobState;
  /** Items done out of `total` (entries); total is 0 while unknown or for work without steps (backups). */
  done: number;
  total: number;
  /** Whether cancel can stop it part-way (exports and imports; a backup or restore is one step). */
  cancellable: boolean;
  /** The operation's own result, once done. */
  result?: unknown;
  /** Why it failed, once failed or cancelled. */
  error?: ApiError;
}

const JobId = z.string().min(1, 'must not be empty').max(64, 'is too long');

export const jobsContract = {
  start: op<{ id: string }>()(
    'read',
    z.strictObject({ op: z.enum(JOB_OPS), input: z.unknown() }),
    'Start a long operation in the background. Its input is checked against that operation first; nothing starts when it is refused.',
  ),
  status: op<JobStatus>()('read', z.strictObject({ id: JobId }), 'How far a job has got, and its result or error once finished.'),
  cancel: op<JobStatus>()(
    'read',
    z.strictObject({ id: JobId }),
    'Ask a job to stop. An export or import stops at its next step and leaves nothing written; a finished job is left as it is.',
  ),
};
