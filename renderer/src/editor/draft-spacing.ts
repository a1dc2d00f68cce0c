/**
 * How often the local draft is rewritten while typing. Keeping a draft serializes the whole
 * document and stores it on the main thread, so its cost grows with the entry: spacing the
 * writes out in proportion keeps that work at the same small share of typing time for a
 * 20,000-word entry as for a short one. Leaving the page, hiding the window, blurring the
 * editor and every save still keep the draft at once, so a reload loses nothing; only a
 * crash of the whole machine can lose the last interval (at most DRAFT_MAX_MS of typing).
 */

/** The spacing for short entries: about a quarter of a second of typing at most is unprotected. */
export const DRAFT_MIN_MS = 250;
/** The spacing never grows beyond this, however long the entry. */
export const DRAFT_MAX_MS = 2000;
/** Up to this document size (ProseMirror positions, about one per character) drafts keep the short spacing. */
export const DRAFT_SMALL_DOC = 20_000;

/** Milliseconds to wait before keeping the draft of a document of `docSize` positions. */
export function draftDelayMs(docSize: number): number {
  if (!Number.isFinite(docSize) || docSize <= DRAFT_SMALL_DOC) return DRAFT_MIN_MS;
  return Math.min(DRAFT_MAX_MS, Math.round((DRAFT_MIN_MS * docSize) / DRAFT_SMALL_DOC));
}
