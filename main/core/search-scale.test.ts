/**
 * Search on big journals (search.ts, search-order.ts, search-prefix.ts): ranking bounded to
 * the most recent hits, newest-first paging without sorting every hit, and prefix* terms
 * expanded to words. A tiny rank window stands in for SEARCH_RANK_WINDOW, so a few entries
 * exercise the paths 100,000 entries would.
 */
import { describe, expect, it } from 'vitest';
import type { Entry, EntrySummary, SearchPage } from '../../common/contract';
import { type Core, openCore } from './api';
import { searchEntries, type SearchInput } from './search';
import { expandPrefix } from './search-prefix';
import { doc, ok, openJournal } from './test-helpers';

/** A small seeded generator (xorshift32), so the journal below is the same on every run. */
function seeded(seed: number) {
  let x = seed;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  return { int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), chance: (p: number) => next() < p };
}

function write(core: Core, text: string, extra: Record<string, unknown> = {}): Entry {
  return ok(core, 'entries:create', { body: doc(text), ownershipLevel: 'task', ...extra });
}

/** Every page of a search with a rank window of `window`, followed cursor by cursor. */
function allPages(core: Core, input: SearchInput, window: number): { ids: string[]; pages: SearchPage[] } {
  const pages: SearchPage[] = [];
  let cursor: string | undefined;
  do {
    const page = searchEntries(core.db, { ...input, ...(cursor ? { cursor } : {}) }, window);
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids: pages.flatMap((p) => p.items.map((h) => h.entry.id)), pages };
}

/** The timeline's order: newest day first, then newest id. */
function byDay(a: EntrySummary | Entry, b: EntrySummary | Entry): number {
  return a.occurredOn === b.occurredOn ? (a.id < b.id ? 1 : -1) : a.occurredOn < b.occurredOn ? 1 : -1;
}

describe('ranking bounded to the most recent hits', () => {
  it('ranks all hits when there are no more than the window', () => {
    const { core } = openJournal();
    const body = write(core, 'notes that mention the budget once among other words');
    const title = write(core, 'unrelated body text', { title: 'Budget' });
    const page = searchEntries(core.db, { query: 'budget', limit: 10 }, 5);
    expect(page.ranking).toBe('relevance');
    expect(page.items.map((h) => h.entry.id)).toEqual([title.id, body.id]);
  });

  it('ranks the most recent hits first, then lists older hits newest first, each hit once', () => {
    const { core, clock } = openJournal();
    const written: Entry[] = [];
    for (let i = 0; i < 9; i++) {
      clock.advance(60_000);
      // Entry 1 has the word in its title: bm25 would put it first of all, but it is old.
      written.push(write(core, `standup number ${i} about the budget`, i === 1 ? { title: 'Budget review' } : {}));
    }
    clock.advance(60_000);
    const recentTitled = write(core, 'short budget', { title: 'Budget plan' });
    const ids = written.map((e) => e.id);
    const { ids: found, pages } = allPages(core, { query: 'budget', limit: 2 }, 4);
    expect(pages.every((p) => p.ranking === 'recent-relevance')).toBe(true);
    // The four most recently written hits, ranked: the titled one first.
    expect(found[0]).toBe(recentTitled.id);
    expect(new Set(found.slice(0, 4))).toEqual(new Set([recentTitled.id, ids[8], ids[7], ids[6]]));
    // Then every older hit, most recently written first.
    expect(found.slice(4)).toEqual([ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]]);
  });

  it('keeps every filter on both the ranked and the older hits', () => {
    const { core, clock } = openJournal();
    const starred: string[] = [];
    for (let i = 0; i < 12; i++) {
      clock.advance(60_000);
      const e = write(core, `release checklist item ${i}`, { starred: i % 3 === 0 });
      if (i % 3 === 0) starred.push(e.id);
    }
    const { ids } = allPages(core, { query: 'release', starred: true, limit: 1 }, 5);
    expect(ids.sort()).toEqual(starred.sort());
    const { ids: unfiltered } = allPages(core, { query: 'release', limit: 5 }, 5);
    expect(unfiltered).toHaveLength(12);
    expect(new Set(unfiltered).size).toBe(12);
  });

  it('lists a phrase with more hits than the window newest first by day, and says so', () => {
    const { core } = openJournal();
    const days = ['2025-05-01', '2026-01-15', '2024-12-31', '2026-01-15', '2025-07-04', '2023-03-03'];
    const entries = days.map((d) => write(core, 'we ran the incident review together', { occurredOn: d }));
    write(core, 'the review of an incident', { occurredOn: '2026-02-01' });
    const { ids, pages } = allPages(core, { query: '"incident review"', limit: 4 }, 2);
    expect(pages[0]!.ranking).toBe('newest');
    expect(ids).toEqual([...entries].sort(byDay).map((e) => e.id));
  });

  it('lists a prefix* search with more hits than the window newest first by day, and ranks it when there are few', () => {
    const { core } = openJournal();
    const days = ['2025-05-01', '2026-01-15', '2024-12-31', '2025-07-04', '2023-03-03'];
    const words = ['deploy', 'deployed', 'deploys', 'deployment', 'deploy'];
    const entries = days.map((d, i) => write(core, `we ${words[i]} on a calm day`, { occurredOn: d }));
    const { ids, pages } = allPages(core, { query: 'deplo*', limit: 2 }, 3);
    expect(pages[0]!.ranking).toBe('newest');
    expect(ids).toEqual([...entries].sort(byDay).map((e) => e.id));
    expect(searchEntries(core.db, { query: 'deplo*', limit: 10 }, 10).ranking).toBe('relevance');
  });
});

describe('newest-first search without sorting every hit', () => {
  it('gives the same pages as a full sort, whatever the days and filters', () => {
    const { core, clock } = openJournal();
    const rng = seeded(11);
    const words = ['alpha', 'beta', 'gamma'];
    // Written first, so its seq is among the smallest; it matches every query below.
    const all: Entry[] = [write(core, 'note alpha beta gamma', { occurredOn: '2025-01-01', starred: true })];
    for (let i = 0; i < 160; i++) {
      clock.advance(60_000);
      const day = `2025-${String(1 + Math.floor(i / 16)).padStart(2, '0')}-${String(1 + rng.int(0, 27)).padStart(2, '0')}`;
      const text = words.filter(() => rng.chance(0.5)).join(' ') || 'delta';
      all.push(write(core, `note ${text}`, { occurredOn: day, starred: rng.chance(0.3) }));
    }
    const trashed = all[10]!;
    ok(core, 'entries:delete', { id: trashed.id });

    const check = () => {
      const live = all.filter((e) => e.id !== trashed.id);
      for (const [query, filter] of [
        ['alpha', {}],
        ['beta', { starred: true }],
        ['alpha gamma', {}],
        ['"alpha beta"', {}],
      ] as const) {
        const terms = query.replace(/"/g, '').split(' ');
        const matches = (e: Entry) => {
          const text = e.bodyText;
          const phrase = query.startsWith('"') ? text.includes(terms.join(' ')) : terms.every((t) => text.split(/\W+/).includes(t));
          return phrase && (!('starred' in filter) || e.starred === filter.starred);
        };
        const expected = live.filter(matches).sort(byDay).map((e) => e.id);
        for (const limit of [1, 7, 50]) {
          const { ids } = allPages(core, { query, sort: 'recent', limit, ...filter }, 5);
          expect(ids, `${query} ${JSON.stringify(filter)} limit ${limit}`).toEqual(expected);
        }
      }
    };
    check();
    // The first entry moved to the newest day: its small seq must not hide it.
    all[0] = ok(core, 'entries:update', { id: all[0]!.id, revision: all[0]!.revision, occurredOn: '2025-12-31' });
    check();
  });

  it('searches the trash too', () => {
    const { core } = openJournal();
    const gone = [1, 2, 3, 4].map((i) => write(core, `obsolete plan ${i}`, { occurredOn: `2025-0${i}-01` }));
    for (const e of gone) ok(core, 'entries:delete', { id: e.id });
    write(core, 'obsolete but kept');
    const { ids } = allPages(core, { query: 'obsolete', sort: 'recent', trash: true, limit: 3 }, 2);
    expect(ids).toEqual([...gone].reverse().map((e) => e.id));
  });
});

describe('prefix terms', () => {
  it('expand to the indexed words that start with them', () => {
    const { core } = openJournal();
    write(core, 'Migrated the billing service');
    write(core, 'Planned the migration with the café team');
    // The index holds stems: "Migrated" and "migration" are both "migrat".
    expect(expandPrefix(core.db, 'migr')).toBe('"migrat"');
    expect(expandPrefix(core.db, 'CAF')).toBe('"cafe"');
    expect(expandPrefix(core.db, 'billing ser')).toBe('"billing servic"');
    expect(expandPrefix(core.db, 'zzz')).toBeNull();
    // The prefix is stemmed as FTS5 stems it: "agreed*" looks for words starting with "agre".
    write(core, 'We agreed on the plan');
    expect(expandPrefix(core.db, 'agreed')).toBeNull(); // "agre" would become "agr" if quoted
    expect(ok(core, 'entries:search', { query: 'agreed*' }).items).toHaveLength(1);
  });

  it('see words written after the same prefix was searched, by this connection or another', () => {
    const { core, path } = openJournal();
    write(core, 'Rollback of the cache');
    const found = (query: string) => ok(core, 'entries:search', { query }).items.map((h) => h.entry.id);
    expect(found('roll*')).toHaveLength(1);
    const later = write(core, 'Rollout review went fine');
    expect(found('roll*')).toContain(later.id);
    expect(expandPrefix(core.db, 'roll')).toBe('("rollback" OR "rollout")');
    // Another process writing the same journal (the CLI beside the app).
    const other = openCore(path);
    try {
      const elsewhere = write(other, 'Rolls are boring now');
      expect(found('roll*')).toContain(elsewhere.id);
      expect(found('roll*')).toHaveLength(3);
    } finally {
      other.close();
    }
    // Trashed and purged: the word leaves the index and the expansion.
    ok(core, 'entries:delete', { id: later.id });
    ok(core, 'entries:purge', { ids: [later.id] });
    expect(expandPrefix(core.db, 'roll')).toBe('("roll" OR "rollback")');
  });

  it('keep the prefix query when an indexed stem would change if stemmed again', () => {
    const { core } = openJournal();
    // "Deployed" is indexed as "deploi", "Deployment" as "deploy" — which a query would stem to "deploi".
    const a = write(core, 'Deployed the cache');
    const b = write(core, 'Deployment review went fine');
    expect(expandPrefix(core.db, 'deplo')).toBeNull();
    expect(ok(core, 'entries:search', { query: 'deplo*' }).items.map((h) => h.entry.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('find the same entries expanded or not, and keep the prefix query when too many words share it', () => {
    const { core } = openJournal();
    const many = Array.from({ length: 40 }, (_, i) => write(core, `launch${String.fromCharCode(97 + (i % 26))}${i} went fine`));
    const found = (query: string) => ok(core, 'entries:search', { query, limit: 200 }).items.map((h) => h.entry.id).sort();
    expect(expandPrefix(core.db, 'launch')).toBeNull();
    expect(found('launch*')).toEqual(many.map((e) => e.id).sort());
    expect(found('launchb*')).toEqual([many[1]!.id, many[27]!.id].sort());
    expect(found('went fi*')).toHaveLength(40);
  });
});
