import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDrafts } from './drafts-list';

/** A Storage that lives in a Map, installed as window.localStorage (drafts.ts reads it there). */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] });
const meta = (day: string) => ({ ownershipLevel: 'task', occurredOn: day, impact: '', starred: false, tags: [], seenBy: [], goalId: null });

let store: Storage;
beforeEach(() => {
  store = memoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: store };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('unsaved drafts', () => {
  it('lists drafts with text, newest first, linking to where they come back', () => {
    store.setItem('scopebook.draft.composer', JSON.stringify({ entryId: null, revision: null, body: doc('Half a thought'), meta: meta('2026-03-10'), savedAt: '2026-03-10T10:00:00Z' }));
    store.setItem('scopebook.draft.e1', JSON.stringify({ entryId: 'e1', revision: 3, body: doc('Edited text'), meta: meta('2026-03-02'), savedAt: '2026-03-10T11:00:00Z' }));
    store.setItem('scopebook.draft.e2', JSON.stringify({ entryId: 'e2', revision: 1, body: doc(''), meta: meta('2026-03-01'), savedAt: '2026-03-10T12:00:00Z' }));
    store.setItem('scopebook.draft.bad', '{not json');
    store.setItem('other.key', 'x');
    const drafts = listDrafts(store);
    expect(drafts.map((d) => [d.href, d.isNew, d.excerpt])).toEqual([
      ['#/entry/e1', false, 'Edited text'],
      ['#/today', true, 'Half a thought'],
    ]);
  });

  it('is empty without storage', () => {
    expect(listDrafts(null)).toEqual([]);
  });
});
