/** The visibility migration: an existing journal gains the new tables and keeps everything it had. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../api';
import { MIGRATIONS } from '../migrations';
import { doc, fixedClock, ok, tempDir } from '../test-helpers';

const TABLES = ['praise', 'entry_followups', 'nudge_dismissals'];

describe('visibility migration', () => {
  it('upgrades a journal written before it, keeping its people and entries', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const version = MIGRATIONS.find((m) => m.name === 'visibility')!.version;
    const old = openCore(path, { clock: fixedClock(), migrations: MIGRATIONS.filter((m) => m.version < version) });
    // Written directly: people handlers of this build read tables of later migrations.
    const ana = { id: '0190a5b2-0000-7000-8000-00000000a0a0' };
    old.db
      .prepare(
        `INSERT INTO stakeholders (id, name, name_key, direction, created_at, updated_at)
         VALUES (?, 'Ana', 'ana', 'up', '2026-03-10T09:00:00.000Z', '2026-03-10T09:00:00.000Z')`,
      )
      .run(ana.id);
    const launch = ok(old, 'entries:create', { body: doc('Launch'), ownershipLevel: 'project', seenBy: [{ stakeholderId: ana.id }] });
    old.close();

    const core = openCore(path, { clock: fixedClock() });
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(version);
      const strict = core.db
        .prepare(`SELECT name FROM pragma_table_list WHERE strict = 1 AND name IN (SELECT value FROM json_each(?))`)
        .pluck()
        .all(JSON.stringify(TABLES));
      expect([...strict].sort()).toEqual([...TABLES].sort());
      expect(ok(core, 'entries:get', { id: launch.id }).seenBy.map((s) => s.name)).toEqual(['Ana']);
      const praise = ok(core, 'praise:create', { words: 'Well done', fromStakeholderId: ana.id, entryId: launch.id });
      expect(praise.fromName).toBe('Ana');
      expect(ok(core, 'followups:set', { entryId: launch.id, followUpOn: '2026-04-01' }).followUpOn).toBe('2026-04-01');
      expect(ok(core, 'visibility:map', {}).people.map((p) => p.lastSeenOn)).toEqual(['2026-03-10']);
    } finally {
      core.close();
    }
  });
});
