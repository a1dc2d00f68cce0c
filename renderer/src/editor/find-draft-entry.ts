/** Finding the entry a composer draft belongs to, including one whose first save was cut short. */
import type { DocNode, Entry } from '../../../common/contract';
import { api, call } from '../api';
import type { Draft, PendingCreate } from './drafts';
import { sameDoc } from './same-doc';

/** How far the journal's clock may be from this window's when matching an interrupted save. */
const CLOCK_SLACK_MS = 60_000;

/**
 * The live entry the draft edits: its recorded id, or — when the first save was sent but
 * its answer never arrived — the entry created from exactly that document at about that time.
 */
export async function findDraftEntry(draft: Draft): Promise<Entry | null> {
  if (draft.entryId) {
    try {
      const entry = await call(api.entries.get({ id: draft.entryId }));
      return entry.deletedAt ? null : entry;
    } catch {
      return null;
    }
  }
  return draft.pendingCreate ? findCreated(draft.pendingCreate) : null;
}

/** The entry a first save created, if it reached the journal although its answer was lost. */
export async function findCreated(pending: PendingCreate): Promise<Entry | null> {
  const since = Date.parse(pending.at) - CLOCK_SLACK_MS;
  const page = await call(api.entries.list({ from: pending.occurredOn, to: pending.occurredOn, limit: 200 }));
  const candidates = page.items.filter((e) => Date.parse(e.createdAt) >= since);
  for (const summary of candidates) {
    const entry = await call(api.entries.get({ id: summary.id }));
    if (sameDoc(entry.body, pending.body as DocNode)) return entry;
  }
  return null;
}
