import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../common/contract';
import type { Core } from './api';
import { toFtsQuery } from './search';
import { doc, fails, ok, openJournal } from './test-helpers';

function write(core: Core, text: string, extra: Record<string, unknown> = {}) {
  return ok(core, 'entries:create', { body: doc(text), ownershipLevel: 'task', ...extra });
}

function search(core: Core, query: string, extra: Record<string, unknown> = {}): SearchHit[] {
  return ok(core, 'entries:search', { query, ...extra }).items;
}

function found(core: Core, query: string, extra: Record<string, unknown> = {}): string[] {
  return search(core, query, extra).map((h) => h.entry.id);
}

describe('search', () => {
  it('ranks a title hit above a body-only hit', () => {
    const { core } = openJournal();
    const body = write(core, 'Long notes that happen to mention the migration once, among many other words here.');
    const title = write(core, 'Some unrelated text in the body.', { title: 'Database migration' });
    expect(found(core, 'migration')).toEqual([title.id, body.id]);
  });

  it('ranks an entry with more matches higher', () => {
    const { core } = openJournal();
    const once = write(core, 'We discussed the rollout plan and a few other topics of the week.');
    const thrice = write(core, 'Rollout day: the rollout went well and the rollout notes are shared.');
    expect(found(core, 'rollout')).toEqual([thrice.id, once.id]);
  });

  it('marks the matched word in the snippet with the highlight markers', () => {
    const { core } = openJournal();
    write(core, 'Fixed the flaky checkout test after a long hunt.');
    const [hit] = search(core, 'checkout');
    expect(hit!.snippet).toContain(`${HIGHLIGHT_START}checkout${HIGHLIGHT_END}`);
    const titled = write(core, 'body without the word', { title: 'Quarterly planning' });
    const [titleHit] = search(core, 'quarterly');
    expect(titleHit!.entry.id).toBe(titled.id);
    expect(titleHit!.snippet).toContain(`${HIGHLIGHT_START}Quarterly${HIGHLIGHT_END}`);
  });

  it('supports prefix queries', () => {
    const { core } = openJournal();
    const a = write(core, 'Migrated the billing service');
    const b = write(core, 'Planned the migration');
    write(core, 'Mild weather today');
    expect(found(core, 'migr*').sort()).toEqual([a.id, b.id].sort());
    expect(found(core, 'migr')).toEqual([]);
  });

  it('supports exact phrases', () => {
    const { core } = openJournal();
    const phrase = write(core, 'Ran the incident review with the on-call team');
    write(core, 'The review of the incident is pending');
    expect(found(core, '"incident review"')).toEqual([phrase.id]);
    expect(found(core, 'incident review').length).toBe(2);
  });

  it('ignores diacritics both ways', () => {
    const { core } = openJournal();
    const cafe = write(core, 'Coffee chat at the café with the new hire');
    const naive = write(core, 'A naive approach');
    expect(found(core, 'cafe')).toEqual([cafe.id]);
    expect(found(core, 'CAFÉ')).toEqual([cafe.id]);
    expect(found(core, 'naïve')).toEqual([naive.id]);
  });

  it('excludes entries with a -word', () => {
    const { core } = openJournal();
    const keep = write(core, 'Deploy pipeline speedup');
    write(core, 'Deploy pipeline rollback');
    expect(found(core, 'deploy -rollback')).toEqual([keep.id]);
    expect(found(core, 'deploy -"pipeline rollback"')).toEqual([keep.id]);
    expect(found(core, '-rollback')).toEqual([]);
  });

  it('requires every word to match', () => {
    const { core } = openJournal();
    const both = write(core, 'alpha and beta');
    write(core, 'alpha only');
    expect(found(core, 'alpha beta')).toEqual([both.id]);
  });

  it('never fails on hostile queries', () => {
    const { core } = openJournal();
    write(core, 'He said "hello" to the AND gate near the NOT operator: 50% done ^_^ 🚀 مرحبا');
    const hostile = [
      '"',
      '""',
      '"unbalanced',
      'a"b"c',
      'AND OR NOT NEAR(',
      'NEAR(a b, 2)',
      '*',
      '**',
      'a*b*',
      '^',
      '^hello',
      ':',
      'title:hello',
      'body_text:hello',
      '{title}: x',
      '(',
      ')',
      '-',
      '--',
      '-"',
      '🚀',
      'مرحبا',
      'שלום עולם',
      '\u202eevil\u202c',
      'x'.repeat(500),
      'a '.repeat(250),
      "'; DROP TABLE entries; --",
      "' OR 1=1 --",
      'Robert"); DROP TABLE entries;--',
      '\u0000',
      'hello\u0000world',
      '\\',
      '%',
      '_',
      '   ',
      '',
    ];
    for (const query of hostile) {
      const result = core.call('entries:search', { query });
      expect(result.ok, `query ${JSON.stringify(query)}: ${JSON.stringify(result)}`).toBe(true);
    }
    expect(found(core, 'AND')).toHaveLength(1);
    expect(found(core, '"hello"')).toHaveLength(1);
    expect(found(core, 'مرحبا')).toHaveLength(1);
    expect(ok(core, 'entries:count', {}).count).toBe(1);
  });

  it('quotes every user term so operators are searched as words', () => {
    expect(toFtsQuery('AND NOT')).toBe('"AND" "NOT"');
    // OR in capitals between two terms is the one operator people may type; lowercase "or" is a word.
    expect(toFtsQuery('AND OR')).toBe('"AND"');
    expect(toFtsQuery('a OR b c')).toBe('("a" OR "b") AND "c"');
    expect(toFtsQuery('a or b')).toBe('"a" "or" "b"');
    expect(toFtsQuery('migr*')).toBe('"migr"*');
    expect(toFtsQuery('a -b -"c d"')).toBe('("a") NOT ("b" OR "c d")');
    expect(toFtsQuery('* ^ :')).toBeNull();
  });

  it('finds the other forms of a word: plurals, tenses, -ing', () => {
    const { core } = openJournal();
    const migration = write(core, 'Planned the migration of the billing service');
    const migrated = write(core, 'Migrated the last tenants');
    const deploy = write(core, 'Deploy freeze starts Friday');
    write(core, 'Unrelated notes');
    expect(found(core, 'migrations').sort()).toEqual([migration.id, migrated.id].sort());
    expect(found(core, 'deploying')).toEqual([deploy.id]);
    const [hit] = search(core, 'migrations', { sort: 'recent' });
    expect(hit!.snippet).toContain(`${HIGHLIGHT_START}Migrated${HIGHLIGHT_END}`);
    const [other] = search(core, 'deploying');
    expect(other!.snippet).toContain(`${HIGHLIGHT_START}Deploy${HIGHLIGHT_END}`);
  });

  it('finds either word with OR, and leaves out a -word', () => {
    const { core } = openJournal();
    const hiring = write(core, 'Hiring loop for the platform team');
    const budget = write(core, 'Budget review for the platform');
    const both = write(core, 'Hiring budget for the search team');
    write(core, 'Platform roadmap');
    expect(found(core, 'hiring OR budget').sort()).toEqual([hiring.id, budget.id, both.id].sort());
    expect(found(core, 'hiring OR budget platform').sort()).toEqual([hiring.id, budget.id].sort());
    expect(found(core, 'hiring OR budget -search').sort()).toEqual([hiring.id, budget.id].sort());
  });

  it('combines search with the entry filters', () => {
    const { core } = openJournal();
    const boss = ok(core, 'people:create', { name: 'Boss', direction: 'up' });
    const a = write(core, 'quarterly report', { ownershipLevel: 'value', seenBy: [{ stakeholderId: boss.id }] });
    const b = write(core, 'quarterly report draft', { tags: ['writing'], occurredOn: '2026-01-02' });
    const c = write(core, 'quarterly report final', { starred: true });
    expect(found(core, 'report', { minLevel: 'project' })).toEqual([a.id]);
    expect(found(core, 'report', { directions: ['up'] })).toEqual([a.id]);
    expect(found(core, 'report', { tags: ['writing'] })).toEqual([b.id]);
    expect(found(core, 'report', { to: '2026-01-31' })).toEqual([b.id]);
    expect(found(core, 'report', { starred: true })).toEqual([c.id]);
    expect(ok(core, 'entries:search', { query: 'report', from: '2026-02-01' }).items).toHaveLength(2);
  });

  it('sorts by date with sort "recent"', () => {
    const { core } = openJournal();
    const old = write(core, 'budget budget budget', { occurredOn: '2025-01-01' });
    const recent = write(core, 'budget', { occurredOn: '2026-03-01' });
    const middle = write(core, 'budget talk', { occurredOn: '2025-06-01' });
    expect(found(core, 'budget')[0]).toBe(old.id);
    expect(found(core, 'budget', { sort: 'recent' })).toEqual([recent.id, middle.id, old.id]);
  });

  it('pages through results without duplicates or gaps', () => {
    const { core, clock } = openJournal();
    const all: string[] = [];
    for (let i = 0; i < 23; i++) {
      clock.advance(1);
      all.push(write(core, `standup note ${'standup '.repeat(i % 4)} number ${i}`).id);
    }
    for (const sort of ['relevance', 'recent'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = ok(core, 'entries:search', { query: 'standup', sort, limit: 5, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((h) => h.entry.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(23);
      expect(new Set(seen)).toEqual(new Set(all));
    }
    const page = ok(core, 'entries:search', { query: 'standup', limit: 5 });
    fails(core, 'entries:search', { query: 'standup', sort: 'recent', cursor: page.nextCursor! }, 'invalid_input');
    const badOffset = Buffer.from(JSON.stringify(['search:relevance', 'x'])).toString('base64url');
    fails(core, 'entries:search', { query: 'standup', cursor: badOffset }, 'invalid_input');
  });
});

describe('the search index stays consistent with the entries', () => {
  function integrity(core: Core): void {
    core.db.exec(`INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')`);
  }

  it('follows create, update, trash, restore and purge', () => {
    const { core, db } = openJournal();
    const entry = write(core, 'original wording about kubernetes', { impact: 'saved money' });
    expect(found(core, 'kubernetes')).toEqual([entry.id]);
    expect(found(core, 'money')).toEqual([entry.id]);
    integrity(core);

    const updated = ok(core, 'entries:update', {
      id: entry.id,
      revision: entry.revision,
      body: doc('rewritten to talk about terraform'),
      title: 'Infra notes',
      impact: 'faster deploys',
    });
    expect(found(core, 'kubernetes')).toEqual([]);
    expect(found(core, 'money')).toEqual([]);
    expect(found(core, 'terraform')).toEqual([entry.id]);
    expect(found(core, 'infra')).toEqual([entry.id]);
    expect(found(core, 'deploys')).toEqual([entry.id]);
    integrity(core);

    // Changing other fields leaves the index as it is.
    ok(core, 'entries:update', { id: entry.id, revision: updated.revision, starred: true });
    expect(found(core, 'terraform')).toEqual([entry.id]);
    integrity(core);

    ok(core, 'entries:delete', { id: entry.id });
    expect(found(core, 'terraform')).toEqual([]);
    expect(found(core, 'terraform', { trash: true })).toEqual([entry.id]);

    ok(core, 'entries:restore', { id: entry.id });
    expect(found(core, 'terraform')).toEqual([entry.id]);
    expect(found(core, 'terraform', { trash: true })).toEqual([]);

    ok(core, 'entries:delete', { id: entry.id });
    ok(core, 'entries:purge', { ids: [entry.id] });
    expect(found(core, 'terraform', { trash: true })).toEqual([]);
    integrity(core);
    const indexed = db.prepare(`SELECT count(*) FROM entries_fts_docsize`).pluck().get();
    expect(indexed).toBe(0);
    const terms = db
      .prepare(`SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'terraform'`)
      .pluck()
      .get();
    expect(terms).toBe(0);
  });
});
