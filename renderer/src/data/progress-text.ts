/** Words for a job's progress: what the bar's text says, so progress never relies on the bar alone. */
import type { JobOp, JobStatus } from '../../../common/contract';

/** What a running job is doing, in a few words. */
export function jobLabel(op: JobOp): string {
  if (op === 'data:backupNow') return 'Backing up';
  if (op === 'data:restoreBackup') return 'Restoring';
  if (op === 'data:importCommit' || op === 'data:importCommitUpload') return 'Importing';
  return 'Exporting';
}

/** "1,234 of 10,000 entries", or the label alone while the total is not known (backups, the first moment). */
export function progressText(status: Pick<JobStatus, 'op' | 'done' | 'total'>): string {
  if (status.total <= 0) return `${jobLabel(status.op)}…`;
  const done = Math.min(status.done, status.total);
  return `${done.toLocaleString('en-US')} of ${status.total.toLocaleString('en-US')} ${status.total === 1 ? 'entry' : 'entries'}`;
}

/** What the person sees after pressing Cancel. */
export const CANCELLED_TEXT = 'Cancelled: nothing was written.';
