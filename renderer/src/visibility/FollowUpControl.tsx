import { useEffect, useId, useState } from 'react';
import '../styles/visibility.css';
import type { FollowUp } from '../../../common/contract';
import { api, call } from '../api';
import { useRoute } from '../app/router';
import { longDate, shiftDay } from '../ui/dates';
import { showToast } from '../ui/toast';

/**
 * "Results pending": beside the editor, mark the entry to come back on Today on a chosen day,
 * asking for its outcome. Needs a saved entry: given as `entryId`, else the entry page's route.
 */
export function FollowUpControl({ today, entryId }: { today: string; entryId?: string | null }) {
  const route = useRoute();
  const id = entryId ?? (route.path[0] === 'entry' ? (route.path[1] ?? null) : null);
  const fieldId = useId();
  const [current, setCurrent] = useState<FollowUp | null | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [day, setDay] = useState(() => shiftDay(today, 14));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return;
    let live = true;
    call(api.followups.get({ entryId: id }))
      .then((f) => live && setCurrent(f))
      .catch(() => live && setCurrent(null));
    return () => {
      live = false;
    };
  }, [id]);

  if (!id || current === undefined) return null;

  const save = async () => {
    if (!day) {
      setError('Choose the day to ask for the results.');
      return;
    }
    try {
      const f = await call(api.followups.set({ entryId: id, followUpOn: day, note: note.trim() || null }));
      setCurrent(f);
      setEditing(false);
      setError(null);
      showToast(`Results pending: Today will ask for the outcome on ${longDate(f.followUpOn)}.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const clear = async () => {
    try {
      await call(api.followups.clear({ entryId: id }));
      setCurrent(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const pending = current && !current.resolvedOn;
  return (
    <div className="field vis-followup-control" role="group" aria-label="Results pending">
      <span className="field-label">Results</span>
      {pending && !editing && (
        <p className="small">
          Results pending — Today asks for the outcome on {longDate(current.followUpOn)}.
          {current.note && <span className="muted"> ({current.note})</span>}{' '}
          <button type="button" className="button-link" onClick={() => setEditing(true)}>
            Change
          </button>{' '}
          <button type="button" className="button-link" onClick={() => void clear()}>
            Stop waiting
          </button>
        </p>
      )}
      {current?.resolvedOn && !editing && (
        <p className="small muted">
          <span aria-hidden="true">✓ </span>Outcome recorded {longDate(current.resolvedOn)}: {current.outcome}
        </p>
      )}
      {!pending && !editing && (
        <button type="button" className="chip-button" onClick={() => setEditing(true)}>
          Results pending…
        </button>
      )}
      {editing && (
        <div className="vis-followup-edit">
          <label className="small" htmlFor={`${fieldId}-day`}>
            Ask me for the outcome on
          </label>
          <input id={`${fieldId}-day`} type="date" min={today} max="2999-12-31" value={day} onChange={(e) => setDay(e.target.value)} />
          <label className="small" htmlFor={`${fieldId}-note`}>
            What to check <span className="muted">(optional)</span>
          </label>
          <input id={`${fieldId}-note`} maxLength={500} value={note} placeholder="e.g. ticket count after a month" onChange={(e) => setNote(e.target.value)} />
          <div className="day-row">
            <button type="button" className="button button-small" onClick={() => void save()}>
              Mark results pending
            </button>
            <button type="button" className="button-link" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
