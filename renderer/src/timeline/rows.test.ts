import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../../common/contract';
import { toRows } from './rows';

function entry(id: string, occurredOn: string): EntrySummary {
  return {
    id,
    occurredOn,
    createdAt: `${occurredOn}T10:00:00.000Z`,
    updatedAt: `${occurredOn}T10:00:00.000Z`,
    revision: 1,
    title: null,
    ownershipLevel: 'task',
    impact: null,
    starred: false,
    tags: [],
    seenBy: [],
    goalId: null,
    deletedAt: null,
    example: false,
    confidential: false,
    excerpt: id,
    wordCount: 1,
  };
}

describe('timeline rows', () => {
  it('puts one heading before each day, with its entries under it', () => {
    const rows = toRows([entry('a', '2025-03-12'), entry('b', '2025-03-12'), entry('c', '2025-03-10')].map((e) => ({ entry: e })));
    expect(rows.map((r) => (r.kind === 'day' ? `${r.day}(${r.count})` : r.entry.id))).toEqual([
      '2025-03-12(2)',
      'a',
      'b',
      '2025-03-10(1)',
      'c',
    ]);
  });

  it('gives every row a distinct key', () => {
    const rows = toRows([entry('a', '2025-03-12'), entry('b', '2025-03-11'), entry('c', '2025-03-12')].map((e) => ({ entry: e })));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('lists search hits by relevance without day headings, keeping their snippets', () => {
    const rows = toRows([{ entry: entry('a', '2025-03-01'), snippet: 's' }, { entry: entry('b', '2025-03-09') }], false);
    expect(rows.map((r) => r.kind)).toEqual(['entry', 'entry']);
    expect(rows[0]!.kind === 'entry' && rows[0]!.snippet).toBe('s');
  });

  it('has no rows for no entries', () => {
    expect(toRows([])).toEqual([]);
  });
});
