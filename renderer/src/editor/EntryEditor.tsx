import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { type DocNode, emptyDoc, type Entry } from '../../../common/contract';
import { newId } from '../../../common/ids';
import { OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import { api, ApiCallError, call } from '../api';
import { SaveIndicator } from '../ui/SaveIndicator';
import { goalsStore, peopleStore, refreshLists, tagsStore } from '../ui/stores';
import { dateTime } from '../ui/dates';
import { useResource } from '../ui/resource';
import { Autosaver, type SaveState } from './autosave';
import { DocView } from './DocView';
import { clearDraft, type Draft, readDraft, writeDraft } from './drafts';
import { type EntryMeta, isEmptyDoc, metaOf, newMeta, writeFields } from './entry-model';
import { createDocScanner } from './doc-scan';
import { draftDelayMs } from './draft-spacing';
import { entryExtensions } from './extensions';
import { registerFlush } from './flush-registry';
import { LevelPicker } from './LevelPicker';
import { listsChangedBy } from './list-impact';
import { MetaPanel } from './MetaPanel';
import { createPersonInline } from './people-actions';
import { reconcile, sameList } from './reconcile';
import { Toolbar } from './Toolbar';
import { ConflictNotice } from '../ui/ConflictNotice';

const AUTOSAVE_MS = 600;

export interface EntryEditorProps {
  /** The entry to edit, or null to write a new one. */
  entry: Entry | null;
  /** Where unsaved work is kept locally (the composer's key, or the entry id). */
  draftKey: string;
  /** The day a new entry is for. */
  today: string;
  autoFocus?: boolean;
  placeholder?: string;
  /** Called after each acknowledged write. */
  onSaved?: (entry: Entry, created: boolean) => void;
  /** Mod+Enter or the Done button, after everything is saved. */
  onDone?: () => void;
  doneLabel?: string;
  /** Accessible name of the writing area. */
  label: string;
}

/** Picks what to show first: the stored entry, or unsaved local changes made to that same revision. */
function initialState(entry: Entry | null, draft: Draft | null, today: string) {
  const stored = { body: entry?.body ?? emptyDoc(), meta: entry ? metaOf(entry) : newMeta(today) };
  if (!draft) return { ...stored, restored: false, staleDraft: null as Draft | null };
  const sameBase = entry ? draft.entryId === entry.id && draft.revision === entry.revision : draft.entryId === null;
  if (sameBase) return { body: draft.body, meta: draft.meta, restored: true, staleDraft: null };
  return { ...stored, restored: false, staleDraft: draft };
}

/**
 * Writing and editing one entry: the rich-text editor with the ownership level, who saw
 * it, tags, impact, date, goal and star beside it. Autosaves (debounced, flushed on blur,
 * navigation and closing), keeps a local draft until each save is acknowledged, and
 * shows a conflict instead of overwriting a newer version.
 */
export function EntryEditor(props: EntryEditorProps) {
  const { entry, draftKey, today, onSaved, onDone } = props;
  const people = useResource(peopleStore).value ?? [];
  const tags = useResource(tagsStore).value ?? [];
  const goals = useResource(goalsStore).value ?? [];

  // Read once: later prop changes do not replace what is being edited.
  const [init] = useState(() => initialState(entry, readDraft(draftKey), today));
  const [meta, setMetaState] = useState<EntryMeta>(init.meta);
  const [saveState, setSaveState] = useState<SaveState>(init.restored ? { kind: 'pending' } : { kind: 'idle' });
  const [staleDraft, setStaleDraft] = useState<Draft | null>(init.staleDraft);
  const [restored, setRestored] = useState(init.restored);
  const [unreadable, setUnreadable] = useState<string | null>(null);

  const metaRef = useRef(meta);
  const entryId = useRef<string | null>(entry?.id ?? null);
  const revision = useRef<number | null>(entry?.revision ?? null);
  // A new entry's id is chosen here, before its first save: a create retried after a lost
  // answer (or after a reload) sends the same id, and the journal returns the entry it wrote.
  const earlierCreate = entry === null ? (readDraft(draftKey)?.newEntryId ?? null) : null;
  const chosenId = useRef<string>(earlierCreate ?? newId());
  // Whether a create with chosenId may have reached the journal already.
  const createSent = useRef(earlierCreate !== null);
  const docRef = useRef<PmNode | null>(null);
  const mentionsRef = useRef<string[]>([]);
  const hashtagsRef = useRef<string[]>([]);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saverRef = useRef<Autosaver | null>(null);
  // What the journal holds, as far as the shared lists are concerned (null: not created yet).
  const savedMetaRef = useRef<EntryMeta | null>(entry ? metaOf(entry) : null);
  const [scanDoc] = useState(createDocScanner);

  const currentBody = useCallback((): DocNode => (docRef.current ? (docRef.current.toJSON() as DocNode) : init.body), [init]);

  const storeDraft = useCallback(() => {
    if (draftTimer.current) clearTimeout(draftTimer.current);
    draftTimer.current = null;
    const saver = saverRef.current;
    if (!saver?.dirty || saver.current.kind === 'blocked') return;
    writeDraft(draftKey, {
      entryId: entryId.current,
      revision: revision.current,
      body: currentBody(),
      meta: metaRef.current,
      savedAt: new Date().toISOString(),
      newEntryId: entryId.current === null && createSent.current ? chosenId.current : null,
    });
  }, [draftKey, currentBody]);

  if (saverRef.current === null) {
    saverRef.current = new Autosaver({
      delayMs: AUTOSAVE_MS,
      isConflict: (e) => e instanceof ApiCallError && e.code === 'conflict',
      onState: (s) =>
        setSaveState((prev) => (prev.kind === s.kind && ('message' in prev ? prev.message : '') === ('message' in s ? s.message : '') ? prev : s)),
      onClean: () => clearDraft(draftKey),
      write: async () => {
        const body = currentBody();
        const sentMeta = metaRef.current;
        const fields = writeFields(sentMeta, body);
        // Reload the people, tags and goals lists only when this save can have changed them.
        const acknowledged = (created: boolean) => {
          refreshLists(listsChangedBy(created ? null : savedMetaRef.current, sentMeta));
          savedMetaRef.current = sentMeta;
        };
        if (entryId.current === null) {
          if (isEmptyDoc(body) && fields.impact.trim() === '') return 'skipped';
          // Record the id before sending, so a reload mid-request continues that entry instead of writing it twice.
          writeDraft(draftKey, {
            entryId: null,
            revision: null,
            body,
            meta: metaRef.current,
            savedAt: new Date().toISOString(),
            newEntryId: chosenId.current,
          });
          const retried = createSent.current;
          createSent.current = true;
          const created = await call(api.entries.create({ id: chosenId.current, ...fields, ownershipLevel: fields.ownershipLevel ?? 'task' }));
          entryId.current = created.id;
          revision.current = created.revision;
          onSavedRef.current?.(created, true);
          if (retried) {
            // An earlier attempt may have written an older version under this id, which the
            // create returned unchanged: bring it up to what was sent now.
            const updated = await call(api.entries.update({ id: created.id, revision: created.revision, ...fields }));
            revision.current = updated.revision;
            onSavedRef.current?.(updated, false);
          }
          acknowledged(true);
          return 'saved';
        }
        const updated = await call(api.entries.update({ id: entryId.current, revision: revision.current ?? 1, ...fields }));
        revision.current = updated.revision;
        acknowledged(false);
        onSavedRef.current?.(updated, false);
        return 'saved';
      },
    });
  }
  const saver = saverRef.current;

  const changed = useCallback(() => {
    saver.change();
    // Spaced by the document's size: keeping a draft serializes the whole entry (see draft-spacing.ts).
    if (!draftTimer.current) draftTimer.current = setTimeout(storeDraft, draftDelayMs(docRef.current?.content.size ?? 0));
  }, [saver, storeDraft]);

  // A new entry is for the day it is written on, unless a day was chosen: an editor left
  // open overnight does not file the morning's work under yesterday.
  const dayChosen = useRef(entry !== null || init.restored);
  const setMeta = useCallback(
    (update: (m: EntryMeta) => EntryMeta) => {
      const next = update(metaRef.current);
      if (next.occurredOn !== metaRef.current.occurredOn) dayChosen.current = true;
      metaRef.current = next;
      setMetaState(next);
      changed();
    },
    [changed],
  );

  /** Keeps who-saw-it and tags in step with the mentions and #tags in the text. */
  const syncFromDoc = useCallback((doc: PmNode, initial: boolean) => {
    const { mentions, tags: found } = scanDoc(doc);
    if (initial) {
      mentionsRef.current = mentions;
      hashtagsRef.current = found;
      return;
    }
    const m = metaRef.current;
    let next = m;
    if (!sameList(mentions, mentionsRef.current)) {
      next = { ...next, seenBy: reconcile(m.seenBy, (s) => s.stakeholderId, mentionsRef.current, mentions, (id) => ({ stakeholderId: id, channel: null })) };
      mentionsRef.current = mentions;
    }
    if (!sameList(found, hashtagsRef.current)) {
      next = { ...next, tags: reconcile(m.tags, (t) => t, hashtagsRef.current, found, (t) => t) };
      hashtagsRef.current = found;
    }
    if (next !== m) {
      metaRef.current = next;
      setMetaState(next);
    }
  }, [scanDoc]);

  const editor = useEditor({
    extensions: entryExtensions({
      placeholder: props.placeholder ?? 'What did you do? Type @ for who saw it, # for a tag.',
      getPeople: async () => {
        const s = peopleStore.get();
        return (s.loading || s.value === null ? await peopleStore.refresh() : s.value) ?? [];
      },
      createPerson: createPersonInline,
      nameOf: (id) => peopleStore.get().value?.find((p) => p.id === id)?.name,
    }),
    content: init.body,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    enableContentCheck: true,
    autofocus: props.autoFocus ? 'end' : false,
    editorProps: { attributes: { 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox', class: 'prose editor-surface' } },
    onCreate: ({ editor: e }) => {
      docRef.current = e.state.doc;
      syncFromDoc(e.state.doc, true);
    },
    onContentError: ({ editor: e, error, disableCollaboration }) => {
      disableCollaboration();
      e.setEditable(false, false);
      saverRef.current?.halt('blocked', error.message);
      setUnreadable(error.message);
    },
    onUpdate: ({ editor: e }) => {
      docRef.current = e.state.doc;
      syncFromDoc(e.state.doc, false);
      changed();
    },
    onBlur: () => {
      storeDraft();
      void saverRef.current?.flush();
    },
  });

  useEffect(() => {
    if (!dayChosen.current && entryId.current === null && metaRef.current.occurredOn !== today) {
      const next = { ...metaRef.current, occurredOn: today };
      metaRef.current = next;
      setMetaState(next);
    }
  }, [today]);

  // A restored draft is saved right away.
  useEffect(() => {
    if (init.restored) changed();
  }, [init, changed]);

  // Leaving the page or hiding the window: keep the draft now, and try to save.
  useEffect(() => {
    saver.attach();
    const leave = () => {
      storeDraft();
      void saver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    const unregister = registerFlush(() => {
      storeDraft();
      return saver.flush();
    });
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unregister();
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      // Navigating away (route change, closing the editor): write what is left.
      storeDraft();
      saver.dispose();
      void saver.flush();
    };
  }, [saver, storeDraft]);

  const finish = async () => {
    await saver.flush();
    if (!saver.dirty && saver.current.kind !== 'error' && saver.current.kind !== 'conflict') {
      clearDraft(draftKey);
      onDone?.();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-5]$/.test(e.code)) {
      e.preventDefault();
      const level = OWNERSHIP_LEVELS[Number(e.code.slice(5)) - 1] as OwnershipLevel;
      setMeta((m) => ({ ...m, ownershipLevel: level }));
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onDone) {
      e.preventDefault();
      void finish();
    }
  };

  const loadOther = async () => {
    if (!entryId.current) return;
    const latest = await call(api.entries.get({ id: entryId.current }));
    revision.current = latest.revision;
    const m = metaOf(latest);
    savedMetaRef.current = m;
    metaRef.current = m;
    setMetaState(m);
    editor.commands.setContent(latest.body, { emitUpdate: false });
    docRef.current = editor.state.doc;
    syncFromDoc(editor.state.doc, true);
    clearDraft(draftKey);
    saver.resume({ dirty: false });
  };

  const keepMine = async () => {
    if (!entryId.current) return;
    const latest = await call(api.entries.get({ id: entryId.current }));
    revision.current = latest.revision;
    savedMetaRef.current = metaOf(latest);
    saver.resume({ dirty: true });
    await saver.flush();
  };

  const useStale = () => {
    if (!staleDraft) return;
    editor.commands.setContent(staleDraft.body, { emitUpdate: false });
    docRef.current = editor.state.doc;
    syncFromDoc(editor.state.doc, true);
    metaRef.current = staleDraft.meta;
    setMetaState(staleDraft.meta);
    setStaleDraft(null);
    changed();
  };

  const discardStale = () => {
    clearDraft(draftKey);
    setStaleDraft(null);
  };

  return (
    <div className="entry-editor" onKeyDown={onKeyDown}>
      <div className="entry-editor-main">
        <LevelPicker value={meta.ownershipLevel} onChange={(level) => setMeta((m) => ({ ...m, ownershipLevel: level }))} />
        {unreadable ? (
          <div className="notice notice-warning" role="alert">
            <strong>This entry holds content this version of Scopebook cannot edit.</strong> It is shown read-only and
            will not be changed. ({unreadable})
            {entry && <DocView doc={entry.body} />}
          </div>
        ) : (
          <>
            <Toolbar editor={editor} label="Formatting" />
            <EditorContent editor={editor} className="editor" />
          </>
        )}
        {saveState.kind === 'conflict' && (
          <ConflictNotice what="entry" message={saveState.message} onLoadOther={() => void loadOther()} onKeepMine={() => void keepMine()} />
        )}
        {staleDraft && (
          <div className="notice" role="status">
            <p>
              You have changes from {dateTime(staleDraft.savedAt)} that were not saved, made to an
              earlier version of this entry.
            </p>
            <div className="notice-actions">
              <button type="button" className="button" onClick={useStale}>
                Use my unsaved version
              </button>
              <button type="button" className="button" onClick={discardStale}>
                Discard it
              </button>
            </div>
          </div>
        )}
        {restored && (
          <div className="notice notice-quiet" role="status">
            Restored what you had typed but not saved yet.{' '}
            <button type="button" className="button-link" onClick={() => setRestored(false)}>
              OK
            </button>
          </div>
        )}
        <div className="editor-footer">
          <SaveIndicator state={saveState} onRetry={() => void saver.retry().then(() => !editor.isDestroyed && editor.commands.focus())} />
          {onDone && (
            <button type="button" className="button" onClick={() => void finish()} title="Ctrl+Enter">
              {props.doneLabel ?? 'Done'}
            </button>
          )}
        </div>
      </div>
      <MetaPanel
        entryId={entryId.current}
        meta={meta}
        today={today}
        people={people}
        tags={tags}
        goals={goals}
        onChange={setMeta}
        onCreatePerson={(name) => {
          void createPersonInline(name).then((p) => {
            if (p) setMeta((m) => (m.seenBy.some((s) => s.stakeholderId === p.id) ? m : { ...m, seenBy: [...m.seenBy, { stakeholderId: p.id, channel: null }] }));
          });
        }}
      />
    </div>
  );
}
