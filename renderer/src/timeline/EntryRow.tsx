import type { EntrySummary } from '../../../common/contract';
import { CHANNEL_LABELS } from '../../../common/vocabulary';
import { LevelBadge } from '../ui/LevelBadge';
import { Snippet } from './Snippet';

/** One entry in a list: level, text (or search snippet), who saw it and tags. Opens the entry. */
export function EntryRow({ entry, snippet, showDay }: { entry: EntrySummary; snippet?: string; showDay?: string }) {
  const seen = entry.seenBy.map((s) => (s.channel ? `${s.name} (${CHANNEL_LABELS[s.channel].toLocaleLowerCase()})` : s.name));
  return (
    <a className="entry-row" href={`#/entry/${entry.id}`} data-entry-link="">
      <span className="entry-row-top">
        <LevelBadge level={entry.ownershipLevel} />
        {entry.starred && (
          <span className="star is-on" title="Starred">
            ★<span className="visually-hidden"> starred</span>
          </span>
        )}
        {showDay && <span className="muted small">{showDay}</span>}
      </span>
      <span className="entry-row-text">{snippet ? <Snippet text={snippet} /> : entry.excerpt || <em className="muted">Empty entry</em>}</span>
      {entry.impact && (
        <span className="entry-row-impact">
          <span className="impact-label">Impact</span> {entry.impact}
        </span>
      )}
      <span className="entry-row-meta">
        {seen.length > 0 ? <span>Seen by {seen.join(', ')}</span> : <span className="seen-line is-none">Not seen by anyone yet</span>}
        {entry.tags.length > 0 && <span className="tags">{entry.tags.map((t) => `#${t}`).join(' ')}</span>}
      </span>
    </a>
  );
}
