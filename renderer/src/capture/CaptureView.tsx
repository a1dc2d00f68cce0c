import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { newId } from '../../../common/ids';
import { OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import { api } from '../api';
import { navigate } from '../app/router';
import { useResource } from '../ui/resource';
import { peopleStore, refreshAfterEntryWrite } from '../ui/stores';
import '../styles/settings.css';
import { parseCapture } from './capture-text';
import { LevelOptions } from '../ui/LevelOptions';

const DRAFT_KEY = 'scopebook.captureDraft';

interface Draft {
  text: string;
  level: OwnershipLevel;
  /**
   * The id the entry is created under, chosen at the first attempt to save and kept until one
   * succeeds: a save whose answer was lost and is tried again (even after the window was
   * closed) finds the entry already written instead of writing a copy.
   */
  id?: string;
}

function readDraft(): Draft {
  try {
    const raw = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<Draft> | null;
    const level = OWNERSHIP_LEVELS.find((l) => l === raw?.level) ?? 'task';
    const text = typeof raw?.text === 'string' ? raw.text : '';
    return typeof raw?.id === 'string' ? { text, level, id: raw.id } : { text, level };
  } catch {
    return { text: '', level: 'task' };
  }
}

function writeDraft(draft: Draft | null): void {
  try {
    if (draft && draft.text.trim() !== '') localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    else localStorage.removeItem(DRAFT_KEY);
  } catch {
    // No storage: the draft lives only while the window is open.
  }
}

/** In the desktop app capture is its own small window: closing it is closing the window. */
function closeCapture(): void {
  if (window.scopebookShell) window.close();
  else navigate('/today');
}

/**
 * Quick capture (`#/capture`, the desktop app's small always-on-top window): one line with
 * `@people` and `#tags`, and a level. Enter saves and closes (in a browser it clears and says
 * "Saved"); Esc closes, keeping the draft for next time.
 */
export function CaptureView() {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(readDraft);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const people = useResource(peopleStore).value;

  useEffect(() => {
    if (!peopleStore.get().value) void peopleStore.refresh();
    input.current?.focus();
  }, []);
  useEffect(() => writeDraft(draft), [draft]);

  const known = useMemo(() => (people ?? []).filter((p) => p.archivedAt === null).map((p) => ({ id: p.id, name: p.name })), [people]);
  const parsed = useMemo(() => parseCapture(draft.text, known), [draft.text, known]);

  const save = async () => {
    if (busy) return;
    if (draft.text.trim() === '') {
      setStatus({ tone: 'error', text: 'Write a few words first.' });
      return;
    }
    setBusy(true);
    const id = draft.id ?? newId();
    writeDraft({ ...draft, id });
    setDraft({ ...draft, id });
    const attempted = Date.now();
    let r = await api.entries.create({ id, body: parsed.doc, ownershipLevel: draft.level });
    // An earlier attempt whose answer was lost wrote the entry already (it was created before this
    // attempt), perhaps with the text as it was then: bring it up to what is in the box now.
    const earlier = r.ok && Date.parse(r.value.createdAt) < attempted - 1;
    if (r.ok && earlier && (JSON.stringify(r.value.body) !== JSON.stringify(parsed.doc) || r.value.ownershipLevel !== draft.level)) {
      r = await api.entries.update({ id, revision: r.value.revision, body: parsed.doc, ownershipLevel: draft.level });
    }
    setBusy(false);
    if (!r.ok) {
      setStatus({ tone: 'error', text: `Not saved: ${r.error.message}` });
      return;
    }
    writeDraft(null);
    refreshAfterEntryWrite();
    setDraft({ text: '', level: draft.level });
    setStatus({ tone: 'info', text: 'Saved' });
    if (window.scopebookShell) window.close();
    else input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeCapture();
    } else if (e.key === 'Enter' && !e.shiftKey && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div className="capture" onKeyDown={onKeyDown}>
      <h1 id={`${id}-h`}>Quick capture</h1>
      <input
        ref={input}
        id={`${id}-line`}
        className="capture-line"
        type="text"
        aria-labelledby={`${id}-h`}
        aria-describedby={`${id}-help`}
        placeholder="What did you do? @person #tag"
        maxLength={2000}
        value={draft.text}
        onChange={(e) => {
          setDraft({ ...draft, text: e.target.value });
          setStatus(null);
        }}
      />
      <div className="settings-inline">
        <label className="field">
          <span className="field-label">Level</span>
          <select value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.target.value as OwnershipLevel })}>
            <LevelOptions />
          </select>
        </label>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
          Save
        </button>
      </div>
      <p className="capture-preview" aria-live="polite">
        {parsed.people.length > 0 && <>Seen by {parsed.people.map((p) => p.name).join(', ')}. </>}
        {parsed.tags.length > 0 && <>Tags: {parsed.tags.map((t) => `#${t}`).join(' ')}</>}
      </p>
      <p id={`${id}-help`} className="settings-hint">
        Enter saves{window.scopebookShell ? ' and closes' : ''} · Esc closes and keeps the draft
      </p>
      <p className={`capture-status ${status?.tone === 'error' ? 'field-error' : ''}`} role="status">
        {status?.text}
      </p>
    </div>
  );
}
