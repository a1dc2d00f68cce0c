/** Migration "search-stemming": a journal indexed without stems is indexed again, and its old entries are found by their other forms. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from './api';
import { MIGRATIONS } from './migrations';
import { doc, fixedClock, ok, tempDir } from './test-helpers';

describe('search stemming migration', () => {
  it('indexes an older journal again: its entries are found by other forms of their words, and edits keep the index', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const version = MIGRATIONS.find((m) => m.name === 'search-stemming')!.version;
    const old = openCore(path, { clock: fixedClock(), migrations: MIGRATIONS.filter((m) => m.version < version) });
    const a = ok(old, 'entries:create', { body: doc('Migrated the billing tenants'), ownershipLevel: 'task' });
    const b = ok(old, 'entries:create', { body: doc('Planned the migration'), ownershipLevel: 'task' });
    expect(ok(old, 'entries:search', { query: 'migrations' }).items).toEqual([]);
    old.close();

    const core = openCore(path, { clock: fixedClock() });
    try {
      const ids = (query: string) => ok(core, 'entries:search', { query }).items.map((h) => h.entry.id).sort();
      expect(ids('migrations')).toEqual([a.id, b.id].sort());
      expect(ids('tenant')).toEqual([a.id]);
      ok(core, 'entries:update', { id: b.id, revision: ok(core, 'entries:get', { id: b.id }).revision, body: doc('Planned the rollout') });
      expect(ids('migrations')).toEqual([a.id]);
      expect(ids('rollouts')).toEqual([b.id]);
      expect(core.db.prepare(`INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')`).run().changes).toBeGreaterThanOrEqual(0);
    } finally {
      core.close();
    }
  });
});
