import type { Praise } from '../../../common/contract';
import { CHANNEL_LABELS } from '../../../common/vocabulary';
import { longDate } from '../ui/dates';

/** Praise as quotes: the words, who, when, how and where, and the entry it is about. */
export function PraiseList({ praise, showWho = true, onDelete }: { praise: readonly Praise[]; showWho?: boolean; onDelete?: (p: Praise) => void }) {
  return (
    <ul className="vis-praise-list" aria-label="Praise received">
      {praise.map((p) => (
        <li key={p.id} className="vis-praise">
          <blockquote>{p.words}</blockquote>
          <div className="muted small vis-praise-meta">
            {showWho && (
              <>
                {p.fromStakeholderId ? <a href={`#/people/${p.fromStakeholderId}`}>{p.fromName}</a> : p.fromName}
                {' · '}
              </>
            )}
            <time dateTime={p.receivedOn}>{longDate(p.receivedOn)}</time>
            {p.channel && ` · ${CHANNEL_LABELS[p.channel]}`}
            {p.where && ` · ${p.where}`}
            {p.entryId && (
              <>
                {' · about '}
                <a href={`#/entry/${p.entryId}`}>{p.entryTitle ?? 'this entry'}</a>
              </>
            )}
            {onDelete && (
              <>
                {' '}
                <button type="button" className="button-link" onClick={() => onDelete(p)} aria-label={`Remove praise from ${p.fromName} on ${longDate(p.receivedOn)}`}>
                  Remove
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
