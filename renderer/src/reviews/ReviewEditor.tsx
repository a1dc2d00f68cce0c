import { EditorContent, useEditor } from '@tiptap/react';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocNode, Review } from '../../../common/contract';
import { api, ApiCallError, call } from '../api';
import { navigate } from '../app/router';
import { Autosaver, type SaveState } from '../editor/autosave';
import { registerFlush } from '../editor/flush-registry';
import { Toolbar } from '../editor/Toolbar';
import { SaveIndicator } from '../ui/SaveIndicator';
import { routeForHref } from './entry-links';
import { reviewExtensions } from './review-extensions';
import { ConflictNotice } from '../ui/ConflictNotice';

const AUTOSAVE_MS = 700;

/** What the review page can ask of the editor. */
export interface ReviewEditorHandle {
  /** Saves pending edits now; resolves with the review as last saved (or null if it failed). */
  flush: () => Promise<Review | null>;
  /** Shows a review the core just produced (regenerated, reloaded), without counting it as an edit. */
  replace: (review: Review) => void;
  /** The document's HTML as shown (for copying). */
  html: () => string;
}

interface Props {
  review: Review;
  /** Called after each save and replace, with the review as stored. */
  onStored: (review: Review) => void;
}

/**
 * A saved review, editable: its title and its document, autosaved like entries (debounced,
 * flushed on blur, navigation and closing; a conflict stops saving until the person
 * reloads). Links to entries (`scopebook://entry/<id>`) open the entry inside the app.
 */
export const ReviewEditor = forwardRef<ReviewEditorHandle, Props>(function ReviewEditor({ review, onStored }, ref) {
  const [title, setTitle] = useState(review.title);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const titleRef = useRef(review.title);
  const docRef = useRef<DocNode>(review.document);
  const latest = useRef<Review>(review);
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;
  const saverRef = useRef<Autosaver | null>(null);

  if (saverRef.current === null) {
    saverRef.current = new Autosaver({
      delayMs: AUTOSAVE_MS,
      isConflict: (e) => e instanceof ApiCallError && e.code === 'conflict',
      onState: setSaveState,
      write: async () => {
        const current = latest.current;
        const nextTitle = titleRef.current.trim();
        const saved = await call(
          api.reviews.update({
            id: current.id,
            revision: current.revision,
            document: docRef.current,
            ...(nextTitle !== '' && nextTitle !== current.title ? { title: nextTitle } : {}),
          }),
        );
        latest.current = saved;
        onStoredRef.current(saved);
        return 'saved';
      },
    });
  }
  const saver = saverRef.current;

  const editor = useEditor({
    extensions: reviewExtensions(),
    content: review.document,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': 'Review text', 'aria-multiline': 'true', role: 'textbox', class: 'prose editor-surface review-doc' },
    },
    onUpdate: ({ editor: e }) => {
      docRef.current = e.getJSON() as DocNode;
      saver.change();
    },
    onBlur: () => void saver.flush(),
  });

  const flush = useCallback(async (): Promise<Review | null> => {
    await saver.flush();
    return saver.dirty || saver.current.kind === 'error' || saver.current.kind === 'conflict' ? null : latest.current;
  }, [saver]);

  useImperativeHandle(
    ref,
    () => ({
      flush,
      replace: (next: Review) => {
        latest.current = next;
        docRef.current = next.document;
        titleRef.current = next.title;
        setTitle(next.title);
        editor.commands.setContent(next.document, { emitUpdate: false });
        saver.resume({ dirty: false });
        onStoredRef.current(next);
      },
      html: () => editor.getHTML(),
    }),
    [editor, flush, saver],
  );

  useEffect(() => {
    saver.attach();
    const leave = () => void saver.flush();
    const unregister = registerFlush(() => saver.flush());
    window.addEventListener('pagehide', leave);
    return () => {
      unregister();
      window.removeEventListener('pagehide', leave);
      saver.dispose();
      void saver.flush();
    };
  }, [saver]);

  const reload = async () => {
    const fresh = await call(api.reviews.get({ id: latest.current.id }));
    latest.current = fresh;
    docRef.current = fresh.document;
    titleRef.current = fresh.title;
    setTitle(fresh.title);
    editor.commands.setContent(fresh.document, { emitUpdate: false });
    saver.resume({ dirty: false });
    onStoredRef.current(fresh);
  };

  const keepMine = async () => {
    const fresh = await call(api.reviews.get({ id: latest.current.id }));
    latest.current = { ...latest.current, revision: fresh.revision };
    saver.resume({ dirty: true });
    await saver.flush();
  };

  // Entry links go to the entry's page inside the app; nothing in a review leaves the window.
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const anchor = (e.target as HTMLElement).closest('a');
    if (!anchor) return;
    e.preventDefault();
    const to = routeForHref(anchor.getAttribute('href'));
    if (to) {
      void saver.flush();
      navigate(to);
    }
  };

  // Keyboard: Ctrl/Cmd+Enter on an entry link opens it.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !editor.isActive('link')) return;
    const to = routeForHref(String(editor.getAttributes('link').href ?? ''));
    if (!to) return;
    e.preventDefault();
    void saver.flush();
    navigate(to);
  };

  return (
    <div className="review-editor">
      <div className="field review-title-field">
        <label className="field-label" htmlFor="review-title">
          Title
        </label>
        <input
          id="review-title"
          type="text"
          maxLength={200}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            titleRef.current = e.target.value;
            saver.change();
          }}
          onBlur={() => void saver.flush()}
        />
      </div>
      <Toolbar editor={editor} label="Formatting" />
      <div onClick={onClick} onKeyDown={onKeyDown}>
        <EditorContent editor={editor} className="editor review-editor-surface" />
      </div>
      {saveState.kind === 'conflict' && (
        <ConflictNotice what="review" message={saveState.message} onLoadOther={() => void reload()} onKeepMine={() => void keepMine()} />
      )}
      <div className="editor-footer">
        <SaveIndicator state={saveState} onRetry={() => void saver.retry()} />
        <span className="muted small">
          Links open the entry they came from (click, or <kbd>Ctrl</kbd>+<kbd>Enter</kbd> on a link).
        </span>
      </div>
    </div>
  );
});
