/**
 * Unsaved work kept in localStorage on every change and cleared when the journal
 * acknowledges the save: a reload, a crash or a closed window never loses what was typed.
 */
import type { DocNode } from '../../../common/contract';
import { isUuidV7 } from '../../../common/ids';
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
   * The id chosen for a new entry, recorded just before its first save is sent and kept until
   * the entry's id is known: if the window went away in between, the entry may exist already
   * under this id, and a second create with it returns that entry instead of a copy.
   */
  newEntryId?: string | null;
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
      newEntryId: typeof d.newEntryId === 'string' && isUuidV7(d.newEntryId) ? d.newEntryId : null,
    };
  } catch {
    return null;
  }
}

/** Forgets a draft once its content is safely in the journal. */
export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
