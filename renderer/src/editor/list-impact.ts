/**
 * Which shared lists (people, tags, goals) a save of the editor can have changed. Reloading
 * them costs the host far more than the save itself in a large journal (counting every
 * person's entries reads all the links), and the host answers one call at a time, so an
 * autosave that only changed the text must not reload them.
 */
import type { EntryMeta } from './entry-model';

/** A shared list kept in ui/stores.ts. */
export type SharedList = 'people' | 'tags' | 'goals';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The lists whose content (names or figures shown) can differ after writing `after` over
 * `before` (null: the entry was just created). People show how many entries each saw, the
 * last day and the highest level; tags and goals show how many live entries carry them.
 */
export function listsChangedBy(before: EntryMeta | null, after: EntryMeta): SharedList[] {
  const lists: SharedList[] = [];
  const seenBefore = before?.seenBy.map((s) => s.stakeholderId) ?? [];
  const seenAfter = after.seenBy.map((s) => s.stakeholderId);
  const placed = before !== null && before.occurredOn === after.occurredOn && before.ownershipLevel === after.ownershipLevel;
  if (!sameSet(seenBefore, seenAfter) || (!placed && seenAfter.length > 0)) lists.push('people');
  if (!sameSet(before?.tags ?? [], after.tags)) lists.push('tags');
  if ((before?.goalId ?? null) !== after.goalId) lists.push('goals');
  return lists;
}
