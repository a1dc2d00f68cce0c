import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { StakeholderSummary } from '../../../common/contract';
import { DIRECTION_INFO, type Direction, LEVEL_INFO } from '../../../common/vocabulary';
import { api, ApiCallError, call } from '../api';
import { navigate } from '../app/router';
import { EntryRow } from '../timeline/EntryRow';
import { type PageSource, useEntryPages } from '../timeline/useEntryPages';
import { Combobox } from '../ui/Combobox';
import { useConfirm } from '../ui/confirm';
import { dayLabel, daysAgo } from '../ui/dates';
import { EditableField } from '../ui/EditableField';
import { useResource } from '../ui/resource';
import { peopleStore } from '../ui/stores';
import { showToast } from '../ui/toast';
import { DIRECTION_ORDER } from './group';
import { PersonPraise } from '../visibility/PersonPraise';
import { PersonEmails } from '../evidence/PersonEmails';

const INFLUENCE_LABELS = ['', 'Little', 'Some', 'Moderate', 'Strong', 'A great deal'];

type Patch = Omit<Parameters<typeof api.people.update>[0], 'id'>;

/** One person: every detail editable in place (saved as you go), and the entries they saw. */
export function PersonView({ id }: { id: string }) {
  const fieldId = useId();
  const [person, setPerson] = useState<StakeholderSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const everyone = useResource(peopleStore).value ?? [];
  const { ask, dialog } = useConfirm();

  useEffect(() => {
    call(api.people.get({ id }))
      .then(setPerson)
      .catch((e: unknown) =>
        setError(e instanceof ApiCallError && e.code === 'not_found' ? 'This person is not in your journal.' : String(e instanceof Error ? e.message : e)),
      );
  }, [id]);

  // Saves go out in order; only the latest answer is shown, so an earlier one never undoes a later choice.
  const latestSave = useRef(0);
  const save = useCallback(
    async (patch: Patch) => {
      const mine = ++latestSave.current;
      setStatus('saving');
      try {
        const updated = await call(api.people.update({ id, ...patch }));
        if (mine !== latestSave.current) return;
        setPerson(updated);
        setStatus('saved');
        void peopleStore.refresh();
      } catch (e) {
        setStatus('idle');
        throw e;
      }
    },
    [id],
  );

  /** Choices (selects, checkbox) show at once; the previous value comes back if the save fails. */
  const saveChoice = (patch: Partial<Pick<StakeholderSummary, 'direction' | 'influence' | 'keyDecider'>>) => {
    const before = person;
    setPerson((p) => (p ? { ...p, ...patch } : p));
    void save(patch).catch((e: unknown) => {
      setPerson(before);
      showToast(`Not saved: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    });
  };

  const source: PageSource = useMemo(
    () => async (cursor) => {
      const page = await call(api.entries.list({ stakeholders: [id], cursor, limit: 30 }));
      return { items: page.items.map((entry) => ({ entry })), nextCursor: page.nextCursor };
    },
    [id],
  );
  const seen = useEntryPages(source, id);

  const act = async (what: 'archive' | 'unarchive' | 'connect' | 'disconnect', otherId?: string) => {
    try {
      const updated =
        what === 'connect' || what === 'disconnect'
          ? await call(api.people[what]({ id, otherId: otherId! }))
          : await call(api.people[what]({ id }));
      setPerson(updated);
      void peopleStore.refresh();
    } catch (e) {
      showToast(`Could not ${what}: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };

  const remove = async () => {
    if (!person) return;
    const ok = await ask({
      title: `Delete ${person.name}?`,
      body: (
        <p>
          This removes {person.name} and every record of what they saw ({person.entriesSeen}{' '}
          {person.entriesSeen === 1 ? 'entry' : 'entries'}). The entries stay. If they left, archive them instead to keep
          the history.
        </p>
      ),
      confirm: 'Delete for good',
    });
    if (!ok) return;
    try {
      await call(api.people.delete({ id }));
      void peopleStore.refresh();
      showToast(`Deleted ${person.name}.`);
      navigate('/people');
    } catch (e) {
      showToast(`Could not delete: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };

  if (error) {
    return (
      <div className="page page-narrow">
        <h1 tabIndex={-1}>Person</h1>
        <div className="notice notice-warning" role="alert">
          {error} <a href="#/people">Back to people</a>
        </div>
      </div>
    );
  }
  if (!person) return <div className="page page-narrow" aria-busy="true" />;

  const byId = new Map(everyone.map((p) => [p.id, p]));
  const connectable = everyone
    .filter((p) => p.id !== id && p.archivedAt === null && !person.connections.includes(p.id))
    .map((p) => ({ id: p.id, label: p.name, hint: DIRECTION_INFO[p.direction].label }));

  return (
    <div className="page page-narrow person">
      <header className="page-header">
        <div>
          <a href="#/people" className="back-link">
            ← People
          </a>
          <h1 tabIndex={-1}>{person.name}</h1>
          <div className="subtitle">
            {DIRECTION_INFO[person.direction].label}
            {person.role ? ` · ${person.role}` : ''}
            {person.archivedAt ? ' · archived' : ''}
          </div>
        </div>
        <span className="save-indicator" role="status">
          {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : ''}
        </span>
      </header>

      <p className="person-summary">
        {person.entriesSeen === 0
          ? `${person.name} has not seen any of your work in this journal yet.`
          : `Saw ${person.entriesSeen} ${person.entriesSeen === 1 ? 'entry' : 'entries'}, most recently ${daysAgo(person.lastSeenOn ?? '', new Date())}${
              person.highestLevelSeen ? `; the widest was at the ${LEVEL_INFO[person.highestLevelSeen].label.toLocaleLowerCase()} level` : ''
            }.`}
      </p>

      <form className="person-form" aria-label={`Details of ${person.name}`} onSubmit={(e) => e.preventDefault()}>
        <div className="form-grid">
          <EditableField label="Name" value={person.name} maxLength={120} onCommit={(name) => save({ name })} />
          <EditableField label="Role" value={person.role ?? ''} maxLength={200} placeholder="e.g. Engineering manager" onCommit={(role) => save({ role })} />
          <div className="field">
            <label className="field-label" htmlFor={`${fieldId}-dir`}>
              Where they sit
            </label>
            <select
              id={`${fieldId}-dir`}
              value={person.direction}
              onChange={(e) => saveChoice({ direction: e.target.value as Direction })}
            >
              {DIRECTION_ORDER.map((d) => (
                <option key={d} value={d}>
                  {DIRECTION_INFO[d].label} — {DIRECTION_INFO[d].explanation}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${fieldId}-inf`}>
              Influence
            </label>
            <select id={`${fieldId}-inf`} value={person.influence} onChange={(e) => saveChoice({ influence: Number(e.target.value) })}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n} — {INFLUENCE_LABELS[n]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={person.keyDecider} onChange={(e) => saveChoice({ keyDecider: e.target.checked })} /> Key
          decider <span className="muted small">— sits where promotions are decided</span>
        </label>
        <PersonEmails id={id} />
        <EditableField
          label="What motivates them"
          multiline
          maxLength={5000}
          value={person.motivations ?? ''}
          placeholder="What they care about, what a win looks like for them"
          onCommit={(motivations) => save({ motivations })}
        />
        <EditableField
          label="What influences them"
          multiline
          maxLength={5000}
          value={person.influences ?? ''}
          placeholder="Whose opinion they trust, what evidence moves them"
          onCommit={(influences) => save({ influences })}
        />
        <div className="field">
          <span className="field-label" id={`${fieldId}-conn`}>
            Connections
          </span>
          {person.connections.length > 0 ? (
            <ul className="chips" aria-labelledby={`${fieldId}-conn`}>
              {person.connections.map((cid) => {
                const other = byId.get(cid);
                return (
                  <li key={cid} className="chip">
                    <a href={`#/people/${cid}`}>{other?.name ?? 'Someone'}</a>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove connection to ${other?.name ?? 'this person'}`}
                      onClick={() => void act('disconnect', cid)}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="muted small">Who is {person.name} close to? Word travels along these lines.</p>
          )}
          <Combobox label="Connect to a person" placeholder="Add a connection…" options={connectable} onSelect={(o) => void act('connect', o.id)} />
        </div>
        <EditableField label="Notes" multiline rows={5} maxLength={20000} value={person.notes ?? ''} onCommit={(notes) => save({ notes })} />
      </form>

      <div className="person-actions">
        {person.archivedAt ? (
          <button type="button" className="button" onClick={() => void act('unarchive')}>
            Bring back from the archive
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void act('archive')}>
            Archive (they left)
          </button>
        )}
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          Delete…
        </button>
      </div>

      <section className="section" aria-labelledby="seen-title">
        <h2 id="seen-title">What {person.name} saw</h2>
        {seen.items.length === 0 && !seen.loading ? (
          <p className="muted">Nothing yet. Mention {person.name} with @ in an entry they saw, or add them beside the editor.</p>
        ) : (
          <ul className="entry-rows">
            {seen.items.map(({ entry }) => (
              <li key={entry.id}>
                <EntryRow entry={entry} showDay={dayLabel(entry.occurredOn, new Date())} />
              </li>
            ))}
          </ul>
        )}
        {seen.error && <p className="field-error">{seen.error}</p>}
        {!seen.done && seen.items.length > 0 && (
          <button type="button" className="button" onClick={seen.loadMore} disabled={seen.loading}>
            Show more
          </button>
        )}
      </section>
      <PersonPraise id={id} name={person.name} />
      {dialog}
    </div>
  );
}
