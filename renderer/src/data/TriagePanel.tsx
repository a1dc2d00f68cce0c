import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../common/contract';
import { LEVEL_INFO, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import { api, call } from '../api';
import { DocView } from '../editor/DocView';
import type { SeenItem } from '../editor/entry-model';
import { createPersonInline } from '../editor/people-actions';
import { SeenByPicker } from '../editor/SeenByPicker';
import { longDate } from '../ui/dates';
import { useResource } from '../ui/resource';
import { peopleStore, refreshAfterEntryWrite } from '../ui/stores';
import { showToast } from '../ui/toast';

const PAGE = 100;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Triage: imported entries that have no ownership level yet, one at a time. Keys 1–5 set
 * the level and move on; S stars; N skips. People who saw it can be added on the way.
 */
export function TriagePanel() {
  const [queue, setQueue] = useState<string[] | null>(null);
  const [remaining, setRemaining] = useState(0);
  const [entry, setEntry] = useState<Entry | null>(null);
  const [starred, setStarred] = useState(false);
  const [seenBy, setSeenBy] = useState<SeenItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const skipped = useRef(new Set<string>());
  const panel = useRef<HTMLDivElement>(null);
  const people = useResource(peopleStore).value ?? [];

  const refill = useCallback(async () => {
    try {
      const [{ count }, page] = await Promise.all([call(api.entries.count({ unrated: true })), call(api.entries.list({ unrated: true, limit: PAGE }))]);
      setRemaining(count);
      setQueue(page.items.map((e) => e.id).filter((id) => !skipped.current.has(id)));
      setError(null);
    } catch (e) {
      setError(`Could not load entries to rate: ${errorText(e)}`);
      setQueue([]);
    }
  }, []);
  useEffect(() => void refill(), [refill]);

  const currentId = queue?.[0] ?? null;
  useEffect(() => {
    if (!currentId) {
      setEntry(null);
      return;
    }
    let live = true;
    void call(api.entries.get({ id: currentId }))
      .then((e) => {
        if (!live) return;
        setEntry(e);
        setStarred(e.starred);
        setSeenBy(e.seenBy.map((s) => ({ stakeholderId: s.stakeholderId, channel: s.channel })));
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [currentId]);

  // Each new entry takes the focus, so the keys act on it straight away.
  const shownId = entry?.id;
  useEffect(() => {
    if (shownId) panel.current?.focus();
  }, [shownId]);

  const next = () => {
    setQueue((q) => {
      const rest = (q ?? []).slice(1);
      if (rest.length === 0) void refill();
      return rest;
    });
  };

  const rate = async (level: OwnershipLevel) => {
    if (!entry || saving) return;
    setSaving(true);
    try {
      await call(api.entries.update({ id: entry.id, revision: entry.revision, ownershipLevel: level, starred, seenBy }));
      refreshAfterEntryWrite();
      setRemaining((r) => Math.max(0, r - 1));
      next();
    } catch (e) {
      showToast(`Could not save: ${errorText(e)}`, { tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const skip = () => {
    if (!entry) return;
    skipped.current.add(entry.id);
    next();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= 5) {
      e.preventDefault();
      void rate(OWNERSHIP_LEVELS[n - 1]!);
    } else if (e.key === 's' || e.key === 'S') {
      e.preventDefault();
      setStarred((s) => !s);
    } else if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      e.stopPropagation();
      skip();
    }
  };

  const left = remaining - skipped.current.size;
  return (
    <section className="section" aria-labelledby="triage-heading">
      <h2 id="triage-heading">Triage</h2>
      <p className="muted">Imported entries have no ownership level yet. Rate them one after another: press 1–5 to set the level and move on.</p>
      <p role="status" className="data-remaining">
        {queue === null ? 'Loading…' : remaining === 0 ? 'Nothing to rate: every entry has a level.' : `${remaining.toLocaleString()} left to rate${skipped.current.size ? ` (${skipped.current.size} skipped)` : ''}`}
      </p>
      {error && (
        <div className="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      {queue !== null && queue.length === 0 && left > 0 && remaining > 0 && (
        <p className="muted">
          You skipped the rest.{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => {
              skipped.current.clear();
              void refill();
            }}
          >
            Go through them again
          </button>
        </p>
      )}
      {entry && (
        // Keys act on the card while focus is inside it (never while typing in the people field).
        <div ref={panel} className="triage-card" tabIndex={-1} onKeyDown={onKeyDown} aria-label="Entry to rate" role="group" aria-busy={saving}>
          <div className="muted small">{longDate(entry.occurredOn)}</div>
          {entry.title && <h3>{entry.title}</h3>}
          <div className="triage-body">
            <DocView doc={entry.body} />
          </div>
          {entry.tags.length > 0 && <p className="tag">{entry.tags.map((t) => `#${t}`).join(' ')}</p>}
          <div className="triage-levels" role="group" aria-label="Ownership level">
            {OWNERSHIP_LEVELS.map((level, i) => (
              <button
                key={level}
                type="button"
                className={`chip-button level-${level}`}
                disabled={saving}
                onClick={() => void rate(level)}
                title={LEVEL_INFO[level].explanation}
                aria-keyshortcuts={String(i + 1)}
              >
                <kbd>{i + 1}</kbd> <span aria-hidden="true">{LEVEL_INFO[level].glyph}</span> {LEVEL_INFO[level].label}
              </button>
            ))}
          </div>
          <div className="notice-actions">
            <button type="button" className="chip-button" aria-pressed={starred} aria-keyshortcuts="S" onClick={() => setStarred((s) => !s)}>
              {starred ? '★ Starred' : '☆ Star'} <kbd>S</kbd>
            </button>
            <button type="button" className="button" aria-keyshortcuts="N" onClick={skip}>
              Skip <kbd>N</kbd>
            </button>
          </div>
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
        </div>
      )}
    </section>
  );
}
