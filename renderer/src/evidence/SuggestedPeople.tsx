import { useCallback, useEffect, useId, useState } from 'react';
import type { SuggestedPerson } from '../../../common/contract';
import { DIRECTION_INFO, DIRECTIONS, type Direction } from '../../../common/vocabulary';
import { api, call } from '../api';
import { refreshLists } from '../ui/stores';
import { showToast } from '../ui/toast';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A name to start from: the calendar's, else the address's local part ("ana.lima" → "Ana Lima"). */
function nameFor(p: SuggestedPerson): string {
  if (p.name) return p.name;
  return p.email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** People met in 3 meetings or more who are not people yet: add one (choosing the direction) or dismiss. */
export function SuggestedPeople({ level = 2 }: { level?: 2 | 3 }) {
  const [list, setList] = useState<SuggestedPerson[] | null>(null);
  const load = useCallback(() => {
    call(api.evidence.suggestedPeople({}))
      .then(setList)
      .catch(() => setList([]));
  }, []);
  useEffect(load, [load]);
  if (!list || list.length === 0) return null;
  return (
    <section className="evidence-suggested" aria-label="People you meet often">
      {level === 2 ? <h2>People you meet often</h2> : <h3>People you meet often</h3>}
      <p className="muted small">Not in your people yet. Choose how they relate to you to add them; their address comes along, so meetings with them count.</p>
      <ul className="evidence-suggested-list">
        {list.map((p) => (
          <SuggestedRow key={p.email} person={p} onDone={load} />
        ))}
      </ul>
    </section>
  );
}

function SuggestedRow({ person, onDone }: { person: SuggestedPerson; onDone: () => void }) {
  const id = useId();
  const [name, setName] = useState(() => nameFor(person));
  const [direction, setDirection] = useState<Direction | ''>('');
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (!direction) return;
    setBusy(true);
    try {
      const p = await call(api.evidence.addSuggestedPerson({ email: person.email, name: name.trim(), direction }));
      refreshLists(['people']);
      showToast(`Added ${p.name} (${DIRECTION_INFO[p.direction].label}).`);
      onDone();
    } catch (e) {
      showToast(`Could not add: ${errorText(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const dismiss = async () => {
    setBusy(true);
    try {
      await call(api.evidence.dismissSuggestedPerson({ email: person.email }));
      onDone();
    } catch (e) {
      showToast(`Could not dismiss: ${errorText(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="evidence-suggested-row" aria-label={person.email}>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="muted small">
        {person.email} · {person.meetings} meetings
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-dir`}>
          Direction
        </label>
        <select id={`${id}-dir`} value={direction} onChange={(e) => setDirection(e.target.value as Direction | '')}>
          <option value="">Choose…</option>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {DIRECTION_INFO[d].label}
            </option>
          ))}
        </select>
      </div>
      <div className="notice-actions">
        <button type="button" className="button button-small" disabled={busy || !direction || !name.trim()} onClick={() => void add()}>
          Add {name.trim() || 'person'}
        </button>
        <button type="button" className="button button-small" disabled={busy} onClick={() => void dismiss()}>
          Not a stakeholder
        </button>
      </div>
    </li>
  );
}
