import { useState } from 'react';
import type { Entry } from '../../../common/contract';
import { readDraft } from '../editor/drafts';
import { DocView } from '../editor/DocView';
import { EntryEditor } from '../editor/EntryEditor';
import { setStarred, trashEntry } from '../ui/entry-actions';
import { LevelBadge } from '../ui/LevelBadge';
import { SeenByLine } from '../ui/SeenByLine';

interface Props {
  entry: Entry;
  today: string;
  onChange: (entry: Entry) => void;
  /** The entry left the list (trashed) or came back (undo): reload. */
  onReload: () => void;
}

/** One entry on the Today view: read it, star it, trash it, or edit it in place. */
export function EntryCard({ entry, today, onChange, onReload }: Props) {
  // Unsaved changes from an earlier session open the editor, which offers them back.
  const [editing, setEditing] = useState(() => readDraft(entry.id) !== null);
  const headingId = `entry-${entry.id}`;

  if (editing) {
    return (
      <article className="entry-card is-editing" aria-label="Editing entry">
        <EntryEditor
          entry={entry}
          draftKey={entry.id}
          today={today}
          label="Entry text"
          autoFocus
          onSaved={(e) => onChange(e)}
          onDone={() => {
            setEditing(false);
            onReload();
          }}
          doneLabel="Done editing"
        />
      </article>
    );
  }

  return (
    <article className="entry-card" aria-labelledby={headingId}>
      <header className="entry-card-header">
        <h3 id={headingId} className="visually-hidden">
          Entry: {entry.bodyText.slice(0, 60) || 'empty'}
        </h3>
        <LevelBadge level={entry.ownershipLevel} />
        {entry.goalId && <span className="muted small">Goal linked</span>}
        <span className="entry-card-actions">
          <button
            type="button"
            className={`icon-button star ${entry.starred ? 'is-on' : ''}`}
            aria-pressed={entry.starred}
            aria-label="Star"
            title={entry.starred ? 'Starred' : 'Star'}
            onClick={() => void setStarred(entry, !entry.starred).then((e) => e && onChange(e))}
          >
            {entry.starred ? '★' : '☆'}
          </button>
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="button button-small" onClick={() => void trashEntry(entry.id, onReload)}>
            Delete
          </button>
        </span>
      </header>
      <div className="entry-card-body" onDoubleClick={() => setEditing(true)}>
        <DocView doc={entry.body} />
      </div>
      {entry.impact && (
        <p className="impact">
          <span className="impact-label">Impact</span> {entry.impact}
        </p>
      )}
      <footer className="entry-card-footer">
        <SeenByLine seenBy={entry.seenBy} />
        {entry.tags.length > 0 && (
          <span className="tags">
            {entry.tags.map((t) => (
              <a key={t} className="tag" href={`#/timeline?tag=${encodeURIComponent(t)}`}>
                #{t}
              </a>
            ))}
          </span>
        )}
      </footer>
    </article>
  );
}
