/**
 * What a successful write changed, as the change-event channel announces it
 * (common/contract/events.ts), and the feed the hosts publish events on. Computed from the
 * operation, its input and its answer, so every write — a contract call or a finished job —
 * is announced the same way, whichever host ran it.
 */
import { type ChangeEvent, findChannel, type JournalChange, type Result } from '../../common/contract';

function idsOf(input: unknown, value: unknown): string[] {
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string') ids.add(v);
  };
  const i = (input ?? {}) as Record<string, unknown>;
  const o = (value ?? {}) as Record<string, unknown>;
  add(i.id);
  add(i.otherId);
  if (Array.isArray(i.ids)) i.ids.forEach(add);
  add(o.id);
  return [...ids];
}

/** The changes a successful call made; empty for reads. */
export function changesOf(channel: string, input: unknown, value: unknown): JournalChange[] {
  const def = findChannel(channel);
  if (!def || def.op.kind !== 'write') return [];
  const ids = idsOf(input, value);
  switch (def.domain) {
    case 'entries':
      return [{ what: 'entries', ids }];
    case 'people':
      // Deleting a person removes what they saw from entries; renaming one relabels their mentions.
      return def.verb === 'delete' || (def.verb === 'update' && typeof (input as { name?: unknown } | null)?.name === 'string')
        ? [{ what: 'people', ids }, { what: 'entries' }]
        : [{ what: 'people', ids }];
    case 'goals':
      return def.verb === 'delete' ? [{ what: 'goals', ids }, { what: 'entries' }] : [{ what: 'goals', ids }];
    case 'tags':
      return [{ what: 'tags' }, { what: 'entries' }];
    case 'reviews':
      return def.verb === 'saveTemplate' || def.verb === 'deleteTemplate' ? [{ what: 'templates' }] : [{ what: 'reviews', ids }];
    case 'settings':
      return [{ what: 'settings' }];
    case 'data':
      // A restore replaces the journal; an import adds entries, people, goals and reviews.
      return def.verb === 'setBackupFolder' ? [{ what: 'settings' }] : [{ what: 'journal' }];
    case 'visibility':
    case 'praise':
    case 'followups':
    case 'updates':
      return [{ what: 'visibility' }];
    default:
      return [{ what: 'journal' }];
  }
}

export type ChangeListener = (event: ChangeEvent) => void;

/** Where a host publishes change events; views (IPC, SSE) and the desktop shell subscribe. */
export interface ChangeFeed {
  /** Announces a successful write; nothing for reads or empty changes. */
  publish(channel: string, changes: readonly JournalChange[]): void;
  subscribe(listener: ChangeListener): () => void;
}

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let seq = 0;
  return {
    publish(channel, changes) {
      if (changes.length === 0) return;
      const event: ChangeEvent = { seq: ++seq, channel, changes: [...changes] };
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // One broken subscriber never keeps the others (or the write's answer) from going out.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** A call target that announces each successful write on `feed`. */
export function publishWrites<T extends { call(channel: string, input: unknown): Result<unknown> }>(
  target: T,
  feed: ChangeFeed,
): { call(channel: string, input: unknown): Result<unknown> } {
  return {
    call(channel, input) {
      const result = target.call(channel, input);
      if (result.ok) feed.publish(channel, changesOf(channel, input, result.value));
      return result;
    },
  };
}
