import type { JobStatus } from '../../../common/contract';
import { jobLabel, progressText } from './progress-text';

/** A running job: a progress bar with its count in words, and Cancel when the job can stop part-way. */
export function JobProgress({ status, onCancel }: { status: JobStatus; onCancel: () => void }) {
  const text = progressText(status);
  const known = status.total > 0;
  return (
    <div className="notice notice-quiet job-progress">
      <progress
        aria-label={`${jobLabel(status.op)}: progress`}
        aria-valuetext={text}
        {...(known ? { max: status.total, value: Math.min(status.done, status.total) } : {})}
      />
      <span className="job-progress-text">{text}</span>
      {status.cancellable && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
