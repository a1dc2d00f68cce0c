import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Candidate } from '../../../common/contract';
import { LEVEL_INFO, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import { api, call } from '../api';
import { navigate } from '../app/router';
import type { SeenItem } from '../editor/entry-model';
import { createPersonInline } from '../editor/people-actions';
import { SeenByPicker } from '../editor/SeenByPicker';
import { longDate } from '../ui/dates';
import { useResource } from '../ui/resource';
import { peopleStore, refreshAfterEntryWrite } from '../ui/stores';
import { showToast } from '../ui/toast';
import { MeetingSuggestions } from './MeetingSuggestions';
import '../styles/evidence.css';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const MAX_SHOWN = 200;

/** Who saw the chosen candidates, as they were proposed (co-authors, reviewers, attendees). */
function proposedPeople(chosen: Candidate[]): SeenItem[] {
  const out: SeenItem[] = [];
  for (const c of chosen) for (const p of c.people) if (!out.some((o) => o.stakeholderId === p.stakeholderId)) out.push({ stakeholderId: p.stakeholderId, channel: p.channel });
  return out;
}

/**
 * Candidate entries proposed from git and calendars, in Triage: choose one or several (they
 * merge into one entry), set the level, star and who saw it — or discard them. Nothing reaches
 * the journal without this.
 */
export function CandidatesPanel() {
  const id = useId();
  const [list, setList] = useState<Candidate[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [starred, setStarred] = useState(false);
  const [seenBy, setSeenBy] = useState<SeenItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = useResource(peopleStore).value ?? [];

  const load = useCallback(() => {
    call(api.evidence.candidates({}))
      .then((l) => {
        setList(l);
        setError(null);
        setChosen((c) => c.filter((x) => l.some((y) => y.id === x)));
      })
      .catch((e: unknown) => setError(`Could not load the proposed entries: ${errorText(e)}`));
  }, []);
  useEffect(load, [load]);

  const chosenCandidates = useMemo(() => (list ?? []).filter((c) => chosen.includes(c.id)), [list, chosen]);
  // A new choice starts from the people proposed with it.
  const chosenKey = chosen.join(',');
  useEffect(() => {
    setSeenBy(proposedPeople(chosenCandidates));
    setStarred(false);
  }, [chosenKey]);

  const toggle = (cid: string) => setChosen((c) => (c.includes(cid) ? c.filter((x) => x !== cid) : [...c, cid]));

  const accept = async (level: OwnershipLevel) => {
    if (chosen.length === 0 || busy) return;
    setBusy(true);
    try {
      const entry = await call(api.evidence.accept({ ids: chosen, ownershipLevel: level, starred, seenBy }));
      refreshAfterEntryWrite();
      setChosen([]);
      load();
      showToast(`Added to your journal: ${entry.title ?? 'the entry'}.`, { action: { label: 'Open it', run: () => navigate(`/entry/${entry.id}`) } });
    } catch (e) {
      showToast(`Could not add: ${errorText(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    if (chosen.length === 0 || busy) return;
    setBusy(true);
    try {
      const { discarded } = await call(api.evidence.discard({ ids: chosen }));
      setChosen([]);
      load();
      showToast(discarded === 1 ? 'Discarded one proposed entry.' : `Discarded ${discarded} proposed entries.`);
    } catch (e) {
      showToast(`Could not discard: ${errorText(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  if (list === null && !error) return null;
  if (list !== null && list.length === 0) return null;
  const shown = (list ?? []).slice(0, MAX_SHOWN);
  return (
    <section className="section evidence-candidates" aria-labelledby={`${id}-heading`} aria-busy={busy}>
      <h2 id={`${id}-heading`}>Proposed from your work</h2>
      <p className="muted">
        From your commits and calendar. Choose one, or several to merge into one entry; then set its level — or discard them. They come back only
        if there is new work.
      </p>
      {error && (
        <div className="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      <p role="status" className="data-remaining">
        {list && (list.length === 1 ? 'One proposed entry' : `${list.length.toLocaleString()} proposed entries`)}
        {chosen.length > 0 && ` · ${chosen.length} chosen`}
      </p>
      <ul className="evidence-candidate-list">
        {shown.map((c) => (
          <li key={c.id} className={`evidence-candidate${chosen.includes(c.id) ? ' is-chosen' : ''}`}>
            <label className="evidence-candidate-head">
              <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} />
              <span>
                <span className="muted small">
                  {longDate(c.occurredOn)} · {c.kind === 'git' ? c.source : `Meeting · ${c.source}`}
                </span>
                <strong className="evidence-candidate-title">{c.title}</strong>
              </span>
            </label>
            {(c.items.length > 0 || c.merges.length > 0) && (
              <ul className="evidence-candidate-items">
                {c.items.slice(0, 6).map((t, i) => (
                  <li key={`i${i}`}>{t}</li>
                ))}
                {c.merges.slice(0, 4).map((t, i) => (
                  <li key={`m${i}`}>Merged: {t}</li>
                ))}
                {c.items.length + c.merges.length > 10 && <li className="muted">and {c.items.length + c.merges.length - 10} more</li>}
              </ul>
            )}
            <div className="muted small">
              {c.kind === 'git' && `${c.files} files, +${c.added} −${c.deleted} lines`}
              {c.kind === 'meeting' && c.minutes !== null && `${c.minutes} minutes`}
              {c.people.length > 0 && ` · seen by ${c.people.map((p) => p.name).join(', ')}`}
              {c.tags.length > 0 && ` · ${c.tags.map((t) => `#${t}`).join(' ')}`}
            </div>
          </li>
        ))}
      </ul>
      {list && list.length > MAX_SHOWN && <p className="muted">The oldest {MAX_SHOWN} are shown; the rest follow as you go.</p>}
      {chosen.length > 0 && (
        <div className="triage-card evidence-decide" role="group" aria-label="Chosen proposals">
          <h3>{chosen.length === 1 ? chosenCandidates[0]?.title : `Merge ${chosen.length} into one entry`}</h3>
          <SeenByPicker
            value={seenBy}
            people={people}
            onChange={setSeenBy}
            onCreatePerson={(name) =>
              void createPersonInline(name).then((p) => {
                if (p) setSeenBy((s) => [...s, { stakeholderId: p.id, channel: null }]);
              })
            }
          />
          <MeetingSuggestions days={chosenCandidates.map((c) => c.occurredOn)} seenBy={seenBy} onAdd={(item) => setSeenBy((s) => [...s, item])} />
          <div className="notice-actions">
            <button type="button" className="chip-button" aria-pressed={starred} onClick={() => setStarred((s) => !s)}>
              {starred ? '★ Starred' : '☆ Star'}
            </button>
          </div>
          <div className="triage-levels" role="group" aria-label="Add to the journal as">
            {OWNERSHIP_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                className={`chip-button level-${level}`}
                disabled={busy}
                onClick={() => void accept(level)}
                title={LEVEL_INFO[level].explanation}
              >
                <span aria-hidden="true">{LEVEL_INFO[level].glyph}</span> {LEVEL_INFO[level].label}
              </button>
            ))}
          </div>
          <div className="notice-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void discard()}>
              Discard {chosen.length === 1 ? 'it' : `these ${chosen.length}`}
            </button>
            <button type="button" className="button-link" onClick={() => setChosen([])}>
              Choose none
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
