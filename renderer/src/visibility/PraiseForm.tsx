import { type FormEvent, useEffect, useId, useState } from 'react';
import type { EntrySummary, Praise } from '../../../common/contract';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../../common/vocabulary';
import { api, call } from '../api';
import { Combobox } from '../ui/Combobox';
import { useResource } from '../ui/resource';
import { peopleStore } from '../ui/stores';

interface Props {
  today: string;
  /** The person who said it, when the form sits on their page. */
  person?: { id: string; name: string };
  onAdded: (praise: Praise) => void;
}

type Who = { id: string | null; name: string } | null;

function entryLabel(e: EntrySummary): string {
  const text = e.title ?? (e.excerpt || 'Untitled entry');
  return `${e.occurredOn} · ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`;
}

/** Records praise: the words, who said it, when, where, and optionally which entry it is about. */
export function PraiseForm({ today, person, onAdded }: Props) {
  const id = useId();
  const people = (useResource(peopleStore).value ?? []).filter((p) => p.archivedAt === null);
  const [who, setWho] = useState<Who>(person ? { id: person.id, name: person.name } : null);
  const [words, setWords] = useState('');
  const [day, setDay] = useState(today);
  const [channel, setChannel] = useState<Channel | ''>('');
  const [where, setWhere] = useState('');
  const [entryId, setEntryId] = useState('');
  const [entries, setEntries] = useState<EntrySummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call(api.entries.list({ limit: 100 }))
      .then((page) => setEntries(page.items))
      .catch(() => setEntries([]));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!words.trim()) return setError('Write down what was said.');
    if (!who) return setError('Say who gave the praise: choose a person or type a name.');
    setBusy(true);
    setError(null);
    try {
      const saved = await call(
        api.praise.create({
          words: words.trim(),
          ...(who.id ? { fromStakeholderId: who.id } : { fromName: who.name }),
          receivedOn: day || today,
          channel: channel || null,
          where: where.trim() || null,
          entryId: entryId || null,
        }),
      );
      setWords('');
      setWhere('');
      setEntryId('');
      setChannel('');
      if (!person) setWho(null);
      onAdded(saved);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="vis-praise-form" onSubmit={(e) => void submit(e)} aria-label="Add praise">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-words`}>
          What was said
        </label>
        <textarea id={`${id}-words`} rows={2} maxLength={5000} value={words} placeholder="“The migration plan was the clearest I have read this year.”" onChange={(e) => setWords(e.target.value)} />
      </div>
      {!person && (
        <div className="field">
          <span className="field-label">Who said it</span>
          {who ? (
            <p className="chip">
              {who.name}
              <button type="button" className="icon-button" aria-label={`Not ${who.name}`} onClick={() => setWho(null)}>
                ×
              </button>
            </p>
          ) : (
            <Combobox
              label="Who said it"
              placeholder="Choose a person or type a name…"
              options={people.map((p) => ({ id: p.id, label: p.name }))}
              onSelect={(o) => setWho({ id: o.id, name: o.label })}
              onCreate={(name) => setWho({ id: null, name })}
              createLabel={(name) => `Someone not in your map: “${name}”`}
            />
          )}
        </div>
      )}
      <div className="form-grid vis-praise-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-day`}>
            When
          </label>
          <input id={`${id}-day`} type="date" max="2999-12-31" value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-ch`}>
            How
          </label>
          <select id={`${id}-ch`} value={channel} onChange={(e) => setChannel(e.target.value as Channel | '')}>
            <option value="">—</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-where`}>
            Where
          </label>
          <input id={`${id}-where`} maxLength={200} value={where} placeholder="e.g. All-hands, #team-infra" onChange={(e) => setWhere(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-entry`}>
            About which entry <span className="muted">(optional)</span>
          </label>
          <select id={`${id}-entry`} value={entryId} onChange={(e) => setEntryId(e.target.value)}>
            <option value="">No particular entry</option>
            {entries.map((e) => (
              <option key={e.id} value={e.id}>
                {entryLabel(e)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          Add praise
        </button>
      </div>
    </form>
  );
}
