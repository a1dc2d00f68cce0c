import { useEffect, useState } from 'react';
import type { Entry } from '../../../common/contract';
import { COMPOSER_DRAFT, type Draft, readDraft, writeDraft } from '../editor/drafts';
import { api, ApiCallError, call } from '../api';
import { EntryEditor } from '../editor/EntryEditor';

interface Props {
  today: string;
  autoFocus: boolean;
  /** The entry the composer is writing, once it exists (so the list below does not show it twice). */
  onEntry: (id: string | null) => void;
  onDone: (entry: Entry | null) => void;
}

/**
 * The home of writing: a fresh entry each time. Text typed here is saved as it is written;
 * if the window closed before a save, the local draft is picked up again here.
 */
export function Composer({ today, autoFocus, onEntry, onDone }: Props) {
  const [start, setStart] = useState<{ entry: Entry | null } | null>(null);
  const [last, setLast] = useState<Entry | null>(null);

  useEffect(() => {
    let live = true;
    const draft = readDraft(COMPOSER_DRAFT);
    if (!draft?.entryId && !draft?.newEntryId) {
      setStart({ entry: null });
      return;
    }
    // The composer had (or may have) created this entry before the window went away: keep editing it.
    draftEntry(draft)
      .then(({ entry, keepId }) => {
        if (!live) return;
        if (!entry) {
          // Never created, gone or unreachable: the draft becomes a new entry rather than being lost
          // (still under the id it was first sent with, unless that one is taken by a trashed entry).
          writeDraft(COMPOSER_DRAFT, { ...draft, entryId: null, revision: null, newEntryId: keepId ? (draft.newEntryId ?? null) : null });
          setStart({ entry: null });
          return;
        }
        if (draft.entryId === null) {
          // The interrupted first save did write the entry: the draft continues it.
          writeDraft(COMPOSER_DRAFT, { ...draft, entryId: entry.id, revision: entry.revision, newEntryId: null });
        }
        onEntry(entry.id);
        setStart({ entry });
      })
      .catch(() => {
        if (live) setStart({ entry: null });
      });
    return () => {
      live = false;
    };
  }, [onEntry]);

  if (!start) return <div className="composer" aria-busy="true" />;
  return (
    <section className="composer" aria-label="Write an entry">
      <EntryEditor
        entry={start.entry}
        draftKey={COMPOSER_DRAFT}
        today={today}
        label="What did you do?"
        autoFocus={autoFocus}
        onSaved={(entry, created) => {
          setLast(entry);
          if (created) onEntry(entry.id);
        }}
        onDone={() => onDone(last ?? start.entry)}
        doneLabel="Done · new entry"
      />
    </section>
  );
}

/**
 * The live entry a composer draft edits: its recorded id, or the id its first save was sent
 * with (the entry exists if that save reached the journal). `keepId`: the chosen id is still
 * free (or unknown), so a new first save may use it.
 */
async function draftEntry(draft: Draft): Promise<{ entry: Entry | null; keepId: boolean }> {
  const id = draft.entryId ?? draft.newEntryId;
  if (!id) return { entry: null, keepId: false };
  try {
    const entry = await call(api.entries.get({ id }));
    return entry.deletedAt ? { entry: null, keepId: false } : { entry, keepId: true };
  } catch (err) {
    return { entry: null, keepId: !(err instanceof ApiCallError) || err.code === 'not_found' };
  }
}
