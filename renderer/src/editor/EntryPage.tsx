import { useEffect, useState } from 'react';
import type { Entry } from '../../../common/contract';
import { api, ApiCallError, call } from '../api';
import { navigate } from '../app/router';
import { dayDetail, dayLabel } from '../ui/dates';
import { trashEntry } from '../ui/entry-actions';
import { refreshAfterEntryWrite } from '../ui/stores';
import { showToast } from '../ui/toast';
import { useToday } from '../ui/useToday';
import { DocView } from './DocView';
import { EntryEditor } from './EntryEditor';

function goBack() {
  if (window.history.length > 1) window.history.back();
  else navigate('/timeline');
}

/** One entry on its own page (opened from the timeline, search or a person's page), editable. */
export function EntryPage({ id }: { id: string }) {
  const today = useToday();
  const [entry, setEntry] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);

  useEffect(() => {
    call(api.entries.get({ id }))
      .then((e) => {
        setEntry(e);
        setDay(e.occurredOn);
      })
      .catch((e: unknown) =>
        setError(e instanceof ApiCallError && e.code === 'not_found' ? 'This entry no longer exists.' : String(e instanceof Error ? e.message : e)),
      );
  }, [id]);

  const restore = async () => {
    try {
      const restored = await call(api.entries.restore({ id }));
      refreshAfterEntryWrite();
      setEntry(restored);
      showToast('Restored from the trash.');
    } catch (e) {
      showToast(`Could not restore it: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };

  return (
    <div className="page entry-page">
      <header className="page-header">
        <div>
          <button type="button" className="button-link back-link" onClick={goBack}>
            ← Back
          </button>
          <h1 tabIndex={-1}>{day ? dayLabel(day, new Date()) : 'Entry'}</h1>
          {day && dayDetail(day, new Date()) && <div className="subtitle">{dayDetail(day, new Date())}</div>}
        </div>
        {entry && !entry.deletedAt && (
          <button type="button" className="button" onClick={() => void trashEntry(entry.id, () => navigate('/timeline'))}>
            Delete
          </button>
        )}
      </header>
      {error && (
        <div className="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      {entry?.deletedAt ? (
        <>
          <div className="notice" role="status">
            <p>This entry is in the trash.</p>
            <button type="button" className="button" onClick={() => void restore()}>
              Restore it
            </button>
          </div>
          <DocView doc={entry.body} />
        </>
      ) : (
        entry && (
          <EntryEditor
            key={entry.id}
            entry={entry}
            draftKey={entry.id}
            today={today}
            label="Entry text"
            autoFocus
            onSaved={(e) => setDay(e.occurredOn)}
          />
        )
      )}
    </div>
  );
}
