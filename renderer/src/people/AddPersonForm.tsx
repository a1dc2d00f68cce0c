import { useId, useState } from 'react';
import { DIRECTION_INFO, type Direction } from '../../../common/vocabulary';
import { api, call } from '../api';
import { peopleStore } from '../ui/stores';
import { showToast } from '../ui/toast';
import { DIRECTION_ORDER } from './group';
import { navigate } from '../app/router';

/** Adds a person: a name and where they sit; everything else on their page. */
export function AddPersonForm() {
  const id = useId();
  const [name, setName] = useState('');
  const [direction, setDirection] = useState<Direction>('sideways');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!name.trim()) {
      setError('Give them a name.');
      return;
    }
    setBusy(true);
    try {
      const person = await call(api.people.create({ name, direction }));
      await peopleStore.refresh();
      setName('');
      setError(null);
      showToast(`Added ${person.name}.`, { action: { label: 'Open their page', run: () => navigate(`/people/${person.id}`) } });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="add-person"
      aria-label="Add a person"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={120}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-direction`}>
          Where they sit
        </label>
        <select id={`${id}-direction`} value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
          {DIRECTION_ORDER.map((d) => (
            <option key={d} value={d}>
              {DIRECTION_INFO[d].label} — {DIRECTION_INFO[d].explanation}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        Add person
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
