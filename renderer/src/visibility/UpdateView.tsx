import { useId, useRef, useState } from 'react';
import { DIRECTION_INFO, DIRECTIONS, type Direction, type OwnershipLevel } from '../../../common/vocabulary';
import { api, call } from '../api';
import { navigate } from '../app/router';
import { DocView } from '../editor/DocView';
import { shiftDay } from '../ui/dates';
import { useResource } from '../ui/resource';
import { peopleStore } from '../ui/stores';
import { showToast } from '../ui/toast';
import { useToday } from '../ui/useToday';
import { copyRich, copyText } from './clipboard';
import { useLoad } from './useLoad';
import { LevelOptions } from '../ui/LevelOptions';

/** Who an update is for, as the route keeps it: `?person=<id>` or `?direction=<direction>`. */
function recipientOf(query: URLSearchParams): string {
  const person = query.get('person');
  if (person) return `person:${person}`;
  const direction = query.get('direction');
  return direction && (DIRECTIONS as readonly string[]).includes(direction) ? `direction:${direction}` : '';
}

/**
 * "Prepare an update for…" a person or a direction: the entries of a period at or above a level,
 * as Markdown and rich text to copy. Private notes about people stay out unless ticked.
 */
export function UpdateView({ query }: { query: URLSearchParams }) {
  const id = useId();
  const today = useToday();
  const people = (useResource(peopleStore).value ?? []).filter((p) => p.archivedAt === null);
  const recipient = recipientOf(query);
  const [from, setFrom] = useState(() => shiftDay(today, -30));
  const [to, setTo] = useState(today);
  const [minLevel, setMinLevel] = useState<OwnershipLevel>('milestone');
  const [excludeSeen, setExcludeSeen] = useState(false);
  const [privateNotes, setPrivateNotes] = useState(false);
  const preview = useRef<HTMLDivElement>(null);

  const update = useLoad(async () => {
    if (!recipient || !from || !to) return null;
    const [kind, value] = recipient.split(':') as ['person' | 'direction', string];
    return call(
      api.updates.prepare({
        ...(kind === 'person' ? { stakeholderId: value } : { direction: value as Direction }),
        from,
        to,
        minLevel,
        excludeSeen,
        includePrivateNotes: privateNotes,
      }),
    );
  }, [recipient, from, to, minLevel, excludeSeen, privateNotes]);

  const choose = (value: string) => {
    const [kind, v] = value.split(':');
    navigate(value ? `/visibility/update?${kind}=${encodeURIComponent(v ?? '')}` : '/visibility/update', { replace: true });
  };

  const copy = async (rich: boolean) => {
    const u = update.value;
    if (!u) return;
    try {
      if (rich) await copyRich(preview.current?.innerHTML ?? '', u.markdown);
      else await copyText(u.markdown);
      showToast(rich ? 'Copied as rich text.' : 'Copied as Markdown.');
    } catch (e) {
      showToast(`Could not copy: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };

  const u = update.value;
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Prepare an update</h2>
      <form className="vis-update-form" onSubmit={(e) => e.preventDefault()} aria-label="What goes in the update">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-for`}>
            For
          </label>
          <select id={`${id}-for`} value={recipient} onChange={(e) => choose(e.target.value)}>
            <option value="">Choose a person or a direction…</option>
            <optgroup label="A person">
              {people.map((p) => (
                <option key={p.id} value={`person:${p.id}`}>
                  {p.name} ({DIRECTION_INFO[p.direction].label})
                </option>
              ))}
            </optgroup>
            <optgroup label="Everyone in a direction">
              {DIRECTIONS.map((d) => (
                <option key={d} value={`direction:${d}`}>
                  {DIRECTION_INFO[d].label}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-from`}>
            From
          </label>
          <input id={`${id}-from`} type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-to`}>
            To
          </label>
          <input id={`${id}-to`} type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-level`}>
            Entries at this level or wider
          </label>
          <select id={`${id}-level`} value={minLevel} onChange={(e) => setMinLevel(e.target.value as OwnershipLevel)}>
            <LevelOptions />
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={excludeSeen} onChange={(e) => setExcludeSeen(e.target.checked)} /> Leave out what they have
          already seen
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={privateNotes} onChange={(e) => setPrivateNotes(e.target.checked)} /> Include my private notes
          <span className="muted small">— motivations, influences and notes about them; off unless you tick it</span>
        </label>
      </form>

      {!recipient && <p className="muted">Choose who the update is for.</p>}
      {update.error && (
        <p className="field-error" role="alert">
          {update.error}
        </p>
      )}
      {u && (
        <div className="vis-update">
          <div className="vis-update-actions">
            <button type="button" className="button button-primary" onClick={() => void copy(false)}>
              Copy Markdown
            </button>
            <button type="button" className="button" onClick={() => void copy(true)}>
              Copy rich text
            </button>
            <span className="muted small" role="status">
              {u.entryIds.length === 0
                ? 'No entries match: widen the period or lower the level.'
                : `${u.entryIds.length} ${u.entryIds.length === 1 ? 'entry' : 'entries'}${u.omitted ? `, ${u.omitted} more left out` : ''}${
                    u.includesPrivateNotes ? ' · includes your private notes' : ' · no private notes'
                  }`}
            </span>
          </div>
          <div className="vis-update-panes">
            <div className="vis-update-preview" ref={preview} aria-label="Preview" role="region">
              <DocView doc={u.doc} />
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${id}-md`}>
                Markdown
              </label>
              <textarea id={`${id}-md`} readOnly rows={14} value={u.markdown} className="vis-markdown" />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
