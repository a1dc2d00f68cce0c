import type { SeenBy } from '../../../common/contract';
import { CHANNEL_LABELS } from '../../../common/vocabulary';

/** "Seen by Ana (demo), Bo" — or a gentle nudge when nobody saw it. */
export function SeenByLine({ seenBy }: { seenBy: readonly SeenBy[] }) {
  if (seenBy.length === 0) return <span className="seen-line is-none">Not seen by anyone yet</span>;
  return (
    <span className="seen-line">
      <span className="muted">Seen by </span>
      {seenBy.map((s, i) => (
        <span key={s.stakeholderId}>
          {i > 0 && ', '}
          <a href={`#/people/${s.stakeholderId}`}>{s.name}</a>
          {s.channel && <span className="muted"> ({CHANNEL_LABELS[s.channel].toLocaleLowerCase()})</span>}
        </span>
      ))}
    </span>
  );
}
