/**
 * The unsaved drafts the editor keeps in this browser's storage (see editor/drafts.ts), listed
 * so a person can find text typed before a crash or a closed window, wherever it was typed.
 */
import type { DocNode } from '../../../common/contract';
import { COMPOSER_DRAFT, readDraft } from '../editor/drafts';

/** The key prefix editor/drafts.ts stores drafts under. */
const DRAFT_PREFIX = 'scopebook.draft.';

export interface DraftSummary {
  /** The composer's draft, or an entry's id. */
  key: string;
  /** Where to open it to get it back. */
  href: string;
  isNew: boolean;
  day: string;
  savedAt: string;
  excerpt: string;
}

function textOf(node: DocNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join(node.type === 'doc' ? ' ' : '');
}

/** Every readable draft with text in it, most recent first. */
export function listDrafts(storage: Pick<Storage, 'length' | 'key'> | null): DraftSummary[] {
  if (!storage) return [];
  const out: DraftSummary[] = [];
  for (let i = 0; i < storage.length; i++) {
    const full = storage.key(i);
    if (!full?.startsWith(DRAFT_PREFIX)) continue;
    const key = full.slice(DRAFT_PREFIX.length);
    const draft = readDraft(key);
    if (!draft) continue;
    const excerpt = textOf(draft.body).replace(/\s+/g, ' ').trim();
    if (!excerpt) continue;
    const isNew = key === COMPOSER_DRAFT || draft.entryId === null;
    out.push({
      key,
      href: key === COMPOSER_DRAFT ? '#/today' : `#/entry/${encodeURIComponent(draft.entryId ?? key)}`,
      isNew,
      day: draft.meta.occurredOn,
      savedAt: draft.savedAt,
      excerpt: excerpt.slice(0, 140),
    });
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}
