/** The editable fields of an entry, and how they become contract inputs. */
import type { DocNode, Entry } from '../../../common/contract';
import type { Channel, OwnershipLevel } from '../../../common/vocabulary';

/** Who saw an entry, as the editor keeps it. */
export interface SeenItem {
  stakeholderId: string;
  channel: Channel | null;
}

/** Everything beside the text that the editor edits. */
export interface EntryMeta {
  /** null: an imported entry nobody has rated yet — it stays "not set" until the user picks. */
  ownershipLevel: OwnershipLevel | null;
  occurredOn: string;
  impact: string;
  starred: boolean;
  tags: string[];
  seenBy: SeenItem[];
  goalId: string | null;
  /** Never suggested to anyone, never put in an update. */
  confidential: boolean;
}

/** A new entry starts as a task, today, seen by nobody yet. */
export function newMeta(today: string): EntryMeta {
  return { ownershipLevel: 'task', occurredOn: today, impact: '', starred: false, tags: [], seenBy: [], goalId: null, confidential: false };
}

/** The editor's fields for a stored entry (an imported entry without a level stays "not set" until one is chosen). */
export function metaOf(entry: Entry): EntryMeta {
  return {
    ownershipLevel: entry.ownershipLevel,
    occurredOn: entry.occurredOn,
    impact: entry.impact ?? '',
    starred: entry.starred,
    tags: [...entry.tags],
    seenBy: entry.seenBy.map((s) => ({ stakeholderId: s.stakeholderId, channel: s.channel })),
    goalId: entry.goalId,
    confidential: entry.confidential,
  };
}

/** The fields sent on every write: the whole editable state, so the core ends up with exactly what is shown. */
export function writeFields(meta: EntryMeta, body: DocNode) {
  return {
    body,
    ownershipLevel: meta.ownershipLevel,
    occurredOn: meta.occurredOn,
    impact: meta.impact,
    starred: meta.starred,
    tags: meta.tags,
    seenBy: meta.seenBy.map((s) => ({ stakeholderId: s.stakeholderId, channel: s.channel })),
    goalId: meta.goalId,
    confidential: meta.confidential,
  };
}

/** Whether a document holds nothing a person wrote (no text, no mention, no rule or other leaf). */
export function isEmptyDoc(doc: DocNode): boolean {
  const stack: DocNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' && node.text && node.text.trim() !== '') return false;
    if (node.type !== 'text' && node.type !== 'doc' && node.type !== 'paragraph' && node.type !== 'hardBreak' && !node.content) {
      return false; // a mention, a rule, an image…
    }
    if (node.content) stack.push(...node.content);
  }
  return true;
}
