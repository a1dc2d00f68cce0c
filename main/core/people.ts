/** Stakeholders: the user's map of people, their connections and what each has seen. */
import type { Handlers, StakeholderSummary } from '../../common/contract';
import { LEVEL_INFO, OWNERSHIP_LEVELS } from '../../common/vocabulary';
import type { Ctx } from './api';
import { instant } from './clock';
import type { Db } from './db';
import { CoreError, invalid, notFound } from './errors';
import { newId } from './ids';
import { relabelMentionsOf } from './mention-labels';
import type { StakeholderRow } from './rows';

type H = Handlers<Ctx>['people'];

type PersonRow = StakeholderRow & {
  /** JSON [entriesSeen, lastSeenOn, highestRank] over live entries. */
  seen_json: string;
  /** JSON list of connected ids. */
  links_json: string;
};

/**
 * The summary query. What each person has seen (live entries, any day) comes from the
 * figures kept by migration 6 (migrations/006-seen-figures.ts): a few index seeks per person.
 */
const SELECT_SUMMARY = `
  SELECT s.*,
    json_array(
      (SELECT coalesce(sum(n), 0) FROM seen_ranks WHERE stakeholder_id = s.id),
      (SELECT max(occurred_on) FROM seen_links WHERE stakeholder_id = s.id),
      (SELECT max(rank) FROM seen_ranks WHERE stakeholder_id = s.id)) AS seen_json,
    (SELECT json_group_array(other) FROM (
       SELECT b AS other FROM stakeholder_links WHERE a = s.id
       UNION ALL SELECT a FROM stakeholder_links WHERE b = s.id)) AS links_json
  FROM stakeholders s`;

/** Case-insensitive identity of a name: two active people may not share it. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('en-US');
}

function toSummary(row: PersonRow): StakeholderSummary {
  const [count, lastSeen, rank] = JSON.parse(row.seen_json) as [number, string | null, number | null];
  const highest = OWNERSHIP_LEVELS.find((l) => LEVEL_INFO[l].rank === rank) ?? null;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    direction: row.direction,
    keyDecider: row.key_decider === 1,
    influence: row.influence,
    motivations: row.motivations,
    influences: row.influences,
    notes: row.notes,
    connections: (JSON.parse(row.links_json) as string[]).sort(),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    entriesSeen: count,
    lastSeenOn: lastSeen,
    highestLevelSeen: highest,
  };
}

function mustGet(db: Db, id: string): StakeholderSummary {
  const row = db.prepare(`${SELECT_SUMMARY} WHERE s.id = ?`).get(id) as PersonRow | undefined;
  if (!row) throw notFound('Person', id);
  return toSummary(row);
}

function mustExist(db: Db, id: string): { name: string; archived_at: string | null } {
  const row = db.prepare('SELECT name, archived_at FROM stakeholders WHERE id = ?').get(id) as
    | { name: string; archived_at: string | null }
    | undefined;
  if (!row) throw notFound('Person', id);
  return row;
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Runs a write that may give an active person a name already taken; the partial unique
 * index is the arbiter, and its violation becomes a `conflict` naming the other person.
 */
function withUniqueName<T>(db: Db, name: string, selfId: string | null, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const other = db
      .prepare('SELECT name FROM stakeholders WHERE name_key = ? AND archived_at IS NULL AND id IS NOT ?')
      .pluck()
      .get(nameKey(name), selfId) as string | undefined;
    throw new CoreError(
      'conflict',
      `${other ?? name} is already in your map (names are unique, ignoring case). Choose another name or archive the other person first.`,
      'name',
    );
  }
}

/** Updates a column group, skipping fields the caller left out. */
function optionalSets(input: Record<string, unknown>, columns: Record<string, string>): [string[], unknown[]] {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [key, column] of Object.entries(columns)) {
    const value = input[key];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  }
  return [sets, params];
}

const UPDATABLE = {
  role: 'role',
  direction: 'direction',
  keyDecider: 'key_decider',
  influence: 'influence',
  motivations: 'motivations',
  influences: 'influences',
  notes: 'notes',
};

/** The people handlers of the contract. */
export const peopleHandlers: H = {
  list(ctx, input) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!input.includeArchived) where.push('s.archived_at IS NULL');
    if (input.direction) {
      where.push('s.direction = ?');
      params.push(input.direction);
    }
    const rows = ctx.db
      .prepare(
        `${SELECT_SUMMARY} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY s.name_key, s.id`,
      )
      .all(...params) as PersonRow[];
    return rows.map(toSummary);
  },

  get(ctx, input) {
    return mustGet(ctx.db, input.id);
  },

  create(ctx, input) {
    const { db, clock } = ctx;
    const id = newId(clock.now().getTime());
    const now = instant(clock);
    withUniqueName(db, input.name, null, () =>
      db
        .prepare(
          `INSERT INTO stakeholders (id, name, name_key, role, direction, key_decider, influence,
             motivations, influences, notes, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.name,
          nameKey(input.name),
          input.role ?? null,
          input.direction,
          input.keyDecider ? 1 : 0,
          input.influence ?? 3,
          input.motivations ?? null,
          input.influences ?? null,
          input.notes ?? null,
          now,
          now,
        ),
    );
    return mustGet(db, id);
  },

  update(ctx, input) {
    const { db, clock } = ctx;
    const current = mustExist(db, input.id);
    const [sets, params] = optionalSets(input, UPDATABLE);
    if (input.name !== undefined) {
      sets.push('name = ?', 'name_key = ?');
      params.push(input.name, nameKey(input.name));
    }
    sets.push('updated_at = ?');
    params.push(instant(clock));
    withUniqueName(db, input.name ?? current.name, input.id, () =>
      db.prepare(`UPDATE stakeholders SET ${sets.join(', ')} WHERE id = ?`).run(...params, input.id),
    );
    // Mentions show the current name everywhere (editor, timeline, search, exports).
    if (input.name !== undefined && input.name !== current.name) relabelMentionsOf(db, input.id);
    return mustGet(db, input.id);
  },

  archive(ctx, input) {
    const person = mustExist(ctx.db, input.id);
    if (!person.archived_at) {
      const now = instant(ctx.clock);
      ctx.db.prepare('UPDATE stakeholders SET archived_at = ?, updated_at = ? WHERE id = ?').run(now, now, input.id);
    }
    return mustGet(ctx.db, input.id);
  },

  unarchive(ctx, input) {
    const { db } = ctx;
    const person = mustExist(db, input.id);
    if (person.archived_at) {
      withUniqueName(db, person.name, input.id, () =>
        db
          .prepare('UPDATE stakeholders SET archived_at = NULL, updated_at = ? WHERE id = ?')
          .run(instant(ctx.clock), input.id),
      );
    }
    return mustGet(db, input.id);
  },

  delete(ctx, input) {
    // Seen-records and connections go with the person (ON DELETE CASCADE).
    const info = ctx.db.prepare('DELETE FROM stakeholders WHERE id = ?').run(input.id);
    if (info.changes === 0) throw notFound('Person', input.id);
    return { deleted: true };
  },

  connect(ctx, input) {
    const { db } = ctx;
    if (input.id === input.otherId) throw invalid('A person cannot be connected to themself', 'otherId');
    mustExist(db, input.id);
    mustExist(db, input.otherId);
    const [a, b] = input.id < input.otherId ? [input.id, input.otherId] : [input.otherId, input.id];
    const info = db.prepare('INSERT OR IGNORE INTO stakeholder_links (a, b) VALUES (?, ?)').run(a, b);
    if (info.changes > 0) touch(ctx, [a, b]);
    return mustGet(db, input.id);
  },

  disconnect(ctx, input) {
    const { db } = ctx;
    mustExist(db, input.id);
    mustExist(db, input.otherId);
    const [a, b] = input.id < input.otherId ? [input.id, input.otherId] : [input.otherId, input.id];
    const info = db.prepare('DELETE FROM stakeholder_links WHERE a = ? AND b = ?').run(a, b);
    if (info.changes > 0) touch(ctx, [a, b]);
    return mustGet(db, input.id);
  },
};

function touch(ctx: Ctx, ids: string[]): void {
  const stmt = ctx.db.prepare('UPDATE stakeholders SET updated_at = ? WHERE id = ?');
  const now = instant(ctx.clock);
  for (const id of ids) stmt.run(now, id);
}
