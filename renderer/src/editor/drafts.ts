/**
 * Unsaved work kept in localStorage on every change and cleared when the journal
 * acknowledges the save: a reload, a crash or a closed window never loses what was typed.
 */
import type { DocNode } from '../../../common/contract';
import type { EntryMeta } from './entry-model';

/** What is kept for one editor. */
export interface Draft {
  /** The entry being edited, or null when it was never saved. */
  entryId: string | null;
  /** The revision the draft was based on (null for a new entry). */
  revision: number | null;
  body: DocNode;
  meta: EntryMeta;
  savedAt: string;
  /**
   * Set just before the first save of a new entry is sent, cleared once its id is known: if
   * the window went away in between, the entry may exist already, and this finds it.
   */
  pendingCreate?: PendingCreate | null;
}

/** The first save of a new entry, as sent. */
export interface PendingCreate {
  /** When it was sent (ISO instant). */
  at: string;
  occurredOn: string;
  body: DocNode;
}

const PREFIX = 'scopebook.draft.';

/** The draft key of the composer on the Today view. */
export const COMPOSER_DRAFT = 'composer';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps a draft; silently does nothing if storage is full or unavailable (the editor still holds the text). */
export function writeDraft(key: string, draft: Draft): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Quota exceeded: the save indicator still shows the unsaved state.
  }
}

/** The draft for a key, or null when there is none or it is unreadable. */
export function readDraft(key: string): Draft | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<Draft>;
    if (!d || typeof d !== 'object' || d.body?.type !== 'doc' || !d.meta || typeof d.meta.occurredOn !== 'string') {
      return null;
    }
    return {
      entryId: typeof d.entryId === 'string' ? d.entryId : null,
      revision: typeof d.revision === 'number' ? d.revision : null,
      body: d.body,
      meta: d.meta,
      savedAt: typeof d.savedAt === 'string' ? d.savedAt : new Date().toISOString(),
      pendingCreate:
        d.pendingCreate && typeof d.pendingCreate.at === 'string' && d.pendingCreate.body?.type === 'doc' ? d.pendingCreate : null,
    };
  } catch {
    return null;
  }
}

/** Forgets a draft once its content is safely in the journal. */
export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
