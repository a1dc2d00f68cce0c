import { type FormEvent, useId, useState } from 'react';
import type { DueFollowUp } from '../../../common/contract';
import { api, ApiCallError, call } from '../api';
import { navigate } from '../app/router';
import { refreshAfterEntryWrite } from '../ui/stores';
import { showToast } from '../ui/toast';

/** "Results pending" come back: asks for the outcome (and a number), which the core appends to the entry's impact. */
export function FollowUpDue({ due, today, onDone }: { due: DueFollowUp; today: string; onDone: () => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState('');
  const [number, setNumber] = useState('');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { entry, followUp, daysOverdue } = due;
  const label = entry.title ?? (entry.excerpt || 'Untitled entry');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome.trim()) {
      setError('Write what came of it first.');
      return;
    }
    const figure = number.trim() === '' ? undefined : Number(number.replace(',', '.'));
    if (figure !== undefined && !Number.isFinite(figure)) {
      setError('The number is not a number: leave it empty or write e.g. 30.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // The revision of the entry as it is now: the outcome only adds to the impact.
      const current = await call(api.entries.get({ id: entry.id }));
      await call(
        api.followups.resolve({
          entryId: entry.id,
          revision: current.revision,
          outcome: outcome.trim(),
          ...(figure !== undefined ? { number: figure, unit: unit.trim() || null } : {}),
          today,
        }),
      );
      refreshAfterEntryWrite();
      showToast('Outcome added to the entry’s impact.', {
        action: { label: 'Open the entry', run: () => navigate(`/entry/${entry.id}`) },
      });
      onDone();
    } catch (err) {
      setError(err instanceof ApiCallError && err.code === 'conflict' ? `${err.message} Then try again.` : err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="vis-followup" onSubmit={(e) => void submit(e)} aria-label={`Outcome of ${label}`}>
      <p>
        <strong>What came of “<a href={`#/entry/${entry.id}`}>{label}</a>”?</strong>{' '}
        <span className="muted small">
          {daysOverdue === 0 ? 'Due today' : daysOverdue === 1 ? 'Due yesterday' : `Due ${daysOverdue} days ago`}
          {followUp.note ? ` · ${followUp.note}` : ''}
        </span>
      </p>
      <div className="vis-followup-fields">
        <div className="field vis-grow">
          <label className="field-label" htmlFor={`${id}-o`}>
            Outcome
          </label>
          <input id={`${id}-o`} value={outcome} maxLength={1000} placeholder="e.g. Support tickets about exports dropped" onChange={(e) => setOutcome(e.target.value)} />
        </div>
        <div className="field vis-narrow">
          <label className="field-label" htmlFor={`${id}-n`}>
            Number <span className="muted">(optional)</span>
          </label>
          <input id={`${id}-n`} inputMode="decimal" value={number} onChange={(e) => setNumber(e.target.value)} />
        </div>
        <div className="field vis-narrow">
          <label className="field-label" htmlFor={`${id}-u`}>
            Unit
          </label>
          <input id={`${id}-u`} value={unit} maxLength={40} placeholder="%" onChange={(e) => setUnit(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          Add to impact
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
