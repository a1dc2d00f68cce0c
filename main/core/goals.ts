/** Goals that entries serve, and the tag list with rename and merge. */
import type { Goal, Handlers, TagCount } from '../../common/contract';
import type { Ctx } from './api';
import { instant } from './clock';
import type { Db } from './db';
import { CoreError, invalid, notFound } from './errors';
import { newId } from './ids';
import type { GoalRow } from './rows';
import { removeUnusedTags } from './tag-store';

type GoalWithCount = GoalRow & { entry_count: number };

const SELECT_GOAL = `SELECT g.*,
  (SELECT count(*) FROM entries e WHERE e.goal_id = g.id AND e.deleted_at IS NULL) AS entry_count
  FROM goals g`;

function toGoal(row: GoalWithCount): Goal {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    entryCount: row.entry_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function mustGetGoal(db: Db, id: string): Goal {
  const row = db.prepare(`${SELECT_GOAL} WHERE g.id = ?`).get(id) as GoalWithCount | undefined;
  if (!row) throw notFound('Goal', id);
  return toGoal(row);
}

function checkPeriod(start: string | null, end: string | null): void {
  if (start && end && start > end) throw invalid('The period must not end before it starts', 'periodEnd');
}

/** The goals handlers of the contract. */
export const goalHandlers: Handlers<Ctx>['goals'] = {
  list(ctx, input) {
    const rows = ctx.db
      .prepare(
        `${SELECT_GOAL} ${input.status ? 'WHERE g.status = ?' : ''}
         ORDER BY CASE g.status WHEN 'active' THEN 0 WHEN 'done' THEN 1 ELSE 2 END,
           g.title COLLATE NOCASE, g.id`,
      )
      .all(...(input.status ? [input.status] : [])) as GoalWithCount[];
    return rows.map(toGoal);
  },

  create(ctx, input) {
    const { db, clock } = ctx;
    const start = input.periodStart ?? null;
    const end = input.periodEnd ?? null;
    checkPeriod(start, end);
    const id = newId(clock.now().getTime());
    const now = instant(clock);
    db.prepare(
      `INSERT INTO goals (id, title, description, period_start, period_end, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.title, input.description ?? null, start, end, input.status ?? 'active', now, now);
    return mustGetGoal(db, id);
  },

  update(ctx, input) {
    const { db, clock } = ctx;
    const current = mustGetGoal(db, input.id);
    const next = {
      title: input.title ?? current.title,
      description: input.description === undefined ? current.description : input.description,
      periodStart: input.periodStart === undefined ? current.periodStart : input.periodStart,
      periodEnd: input.periodEnd === undefined ? current.periodEnd : input.periodEnd,
      status: input.status ?? current.status,
    };
    checkPeriod(next.periodStart, next.periodEnd);
    db.prepare(
      `UPDATE goals SET title = ?, description = ?, period_start = ?, period_end = ?, status = ?, updated_at = ?
       WHERE id = ?`,
    ).run(next.title, next.description, next.periodStart, next.periodEnd, next.status, instant(clock), input.id);
    return mustGetGoal(db, input.id);
  },

  delete(ctx, input) {
    // Entries stay; their goal_id becomes NULL (ON DELETE SET NULL).
    const info = ctx.db.prepare('DELETE FROM goals WHERE id = ?').run(input.id);
    if (info.changes === 0) throw notFound('Goal', input.id);
    return { deleted: true };
  },
};

function tagId(db: Db, name: string): number | undefined {
  return db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name) as number | undefined;
}

function tagCount(db: Db, name: string): TagCount {
  const count = db
    .prepare(
      `SELECT count(*) FROM tags t JOIN entry_tags et ON et.tag_id = t.id
       JOIN entries e ON e.seq = et.entry_seq AND e.deleted_at IS NULL WHERE t.name = ?`,
    )
    .pluck()
    .get(name) as number;
  return { name, count };
}

/** The tags handlers of the contract. Tag names arrive normalised by the contract's TagName schema. */
export const tagHandlers: Handlers<Ctx>['tags'] = {
  list(ctx) {
    // Tags carried only by trashed entries are left out: filtering by them would show nothing.
    // The counts are kept by triggers (tag-counts.ts).
    return ctx.db
      .prepare(
        `SELECT t.name, c.live AS count FROM tag_counts c JOIN tags t ON t.id = c.tag_id
         WHERE c.live > 0 ORDER BY c.live DESC, t.name`,
      )
      .all() as TagCount[];
  },

  rename(ctx, input) {
    const { db } = ctx;
    const id = tagId(db, input.from);
    if (id === undefined) throw new CoreError('not_found', `There is no tag "${input.from}"`, 'from');
    if (input.from === input.to) return tagCount(db, input.to);
    if (tagId(db, input.to) !== undefined) {
      throw new CoreError(
        'conflict',
        `A tag "${input.to}" already exists. Merge "${input.from}" into it instead of renaming.`,
        'to',
      );
    }
    db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(input.to, id);
    return tagCount(db, input.to);
  },

  merge(ctx, input) {
    const { db } = ctx;
    const sources = [...new Set(input.from)].filter((name) => name !== input.into);
    const ids = sources.map((name) => tagId(db, name)).filter((id): id is number => id !== undefined);
    if (sources.length > 0 && ids.length === 0) {
      throw new CoreError('not_found', `None of the tags ${input.from.map((n) => `"${n}"`).join(', ')} exist`, 'from');
    }
    const intoId = db
      .prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id')
      .pluck()
      .get(input.into) as number;
    const copy = db.prepare(
      'INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) SELECT entry_seq, ? FROM entry_tags WHERE tag_id = ?',
    );
    const drop = db.prepare('DELETE FROM tags WHERE id = ?');
    for (const id of ids) {
      copy.run(intoId, id);
      drop.run(id);
    }
    removeUnusedTags(db);
    return tagCount(db, input.into);
  },
};
