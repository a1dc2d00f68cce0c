/** Entry operations: write, change, trash, restore, purge, list and count. Search lives in search.ts. */
import type { Entry, EntryFilterInput, Handlers } from '../../common/contract';
import type { Channel } from '../../common/vocabulary';
import type { Ctx } from './api';
import { instant, localDay } from './clock';
import { decodeCursor, encodeCursor } from './cursor';
import type { Db } from './db';
import { readEntry, filterSql, SUMMARY_COLUMNS, type SummaryRow, toSummaries } from './entry-rows';
import { CoreError, invalid, notFound } from './errors';
import { newId } from './ids';
import { searchEntries } from './search';
import { removeUnusedTags, setEntryTags } from './tag-store';
import { docToText, hashtags, mentionedIds, wordCount } from './text';

type H = Handlers<Ctx>['entries'];
type SeenInput = { stakeholderId: string; channel?: Channel | null | undefined }[];

const DEFAULT_PAGE = 50;

function mustGet(db: Db, id: string): Entry {
  const entry = readEntry(db, id);
  if (!entry) throw notFound('Entry', id);
  return entry;
}

/** The people who saw an entry: those given, plus everyone mentioned in the body. */
function mergeSeen(given: SeenInput, mentioned: string[]): Map<string, Channel | null> {
  const seen = new Map<string, Channel | null>();
  for (const s of given) seen.set(s.stakeholderId, s.channel ?? null);
  for (const id of mentioned) if (!seen.has(id)) seen.set(id, null);
  return seen;
}

function setSeenBy(db: Db, seq: number, seen: Map<string, Channel | null>): void {
  if (seen.size > 0) {
    const known = db
      .prepare(`SELECT id FROM stakeholders WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(JSON.stringify([...seen.keys()])) as string[];
    const missing = [...seen.keys()].filter((id) => !known.includes(id));
    if (missing.length > 0) throw invalid(`No person with id ${missing[0]}`, 'seenBy');
  }
  db.prepare('DELETE FROM entry_stakeholders WHERE entry_seq = ?').run(seq);
  const insert = db.prepare('INSERT INTO entry_stakeholders (entry_seq, stakeholder_id, channel) VALUES (?, ?, ?)');
  for (const [id, channel] of seen) insert.run(seq, id, channel);
}

function checkGoal(db: Db, goalId: string | null | undefined): void {
  if (goalId && !db.prepare('SELECT 1 FROM goals WHERE id = ?').get(goalId)) {
    throw invalid(`No goal with id ${goalId}`, 'goalId');
  }
}

function rowSeq(db: Db, id: string): { seq: number; revision: number; deleted_at: string | null; level: string | null } {
  const row = db.prepare('SELECT seq, revision, deleted_at, level FROM entries WHERE id = ?').get(id) as
    | { seq: number; revision: number; deleted_at: string | null; level: string | null }
    | undefined;
  if (!row) throw notFound('Entry', id);
  return row;
}

export const entryHandlers: H = {
  create(ctx, input) {
    const { db, clock } = ctx;
    checkGoal(db, input.goalId);
    const now = instant(clock);
    const id = newId(clock.now().getTime());
    const bodyText = docToText(input.body);
    const info = db
      .prepare(
        `INSERT INTO entries (id, occurred_on, created_at, updated_at, revision, title, body, body_text, word_count,
           level, impact, starred, goal_id)
         VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.occurredOn ?? localDay(clock),
        now,
        now,
        input.title ?? null,
        JSON.stringify(input.body),
        bodyText,
        wordCount(bodyText),
        input.ownershipLevel,
        input.impact ?? null,
        input.starred ? 1 : 0,
        input.goalId ?? null,
      );
    const seq = Number(info.lastInsertRowid);
    setSeenBy(db, seq, mergeSeen(input.seenBy ?? [], mentionedIds(input.body)));
    setEntryTags(db, seq, [...(input.tags ?? []), ...hashtags(`${input.title ?? ''}\n${bodyText}`)]);
    return mustGet(db, id);
  },

  update(ctx, input) {
    const { db, clock } = ctx;
    const row = rowSeq(db, input.id);
    if (row.revision !== input.revision) {
      throw new CoreError(
        'conflict',
        `This entry was changed elsewhere (you edited revision ${input.revision}, it is now at ${row.revision}). Reload it before saving.`,
      );
    }
    if (row.deleted_at) throw new CoreError('conflict', 'This entry is in the trash. Restore it before changing it.');
    if (input.ownershipLevel === null && row.level !== null) {
      throw invalid('An entry that has an ownership level cannot go back to "not set"', 'ownershipLevel');
    }
    if (input.goalId !== undefined) checkGoal(db, input.goalId);

    const sets: string[] = ['updated_at = ?', 'revision = revision + 1'];
    const params: unknown[] = [instant(clock)];
    const set = (col: string, value: unknown) => {
      sets.push(`${col} = ?`);
      params.push(value);
    };
    if (input.occurredOn !== undefined) set('occurred_on', input.occurredOn);
    if (input.title !== undefined) set('title', input.title);
    if (input.ownershipLevel !== undefined) set('level', input.ownershipLevel);
    if (input.impact !== undefined) set('impact', input.impact);
    if (input.starred !== undefined) set('starred', input.starred ? 1 : 0);
    if (input.goalId !== undefined) set('goal_id', input.goalId);
    let bodyText: string | undefined;
    if (input.body !== undefined) {
      bodyText = docToText(input.body);
      set('body', JSON.stringify(input.body));
      set('body_text', bodyText);
      set('word_count', wordCount(bodyText));
    }
    db.prepare(`UPDATE entries SET ${sets.join(', ')} WHERE seq = ?`).run(...params, row.seq);

    const current = mustGet(db, input.id);
    if (input.seenBy !== undefined || input.body !== undefined) {
      const given: SeenInput =
        input.seenBy ?? current.seenBy.map((s) => ({ stakeholderId: s.stakeholderId, channel: s.channel }));
      setSeenBy(db, row.seq, mergeSeen(given, input.body ? mentionedIds(input.body) : []));
    }
    if (input.tags !== undefined || input.body !== undefined || input.title !== undefined) {
      const base = input.tags ?? current.tags;
      setEntryTags(db, row.seq, [...base, ...hashtags(`${current.title ?? ''}\n${bodyText ?? current.bodyText}`)]);
    }
    return mustGet(db, input.id);
  },

  get(ctx, input) {
    return mustGet(ctx.db, input.id);
  },

  delete(ctx, input) {
    const row = rowSeq(ctx.db, input.id);
    if (!row.deleted_at) {
      const now = instant(ctx.clock);
      ctx.db
        .prepare('UPDATE entries SET deleted_at = ?, updated_at = ?, revision = revision + 1 WHERE seq = ?')
        .run(now, now, row.seq);
    }
    return mustGet(ctx.db, input.id);
  },

  restore(ctx, input) {
    const row = rowSeq(ctx.db, input.id);
    if (row.deleted_at) {
      ctx.db
        .prepare('UPDATE entries SET deleted_at = NULL, updated_at = ?, revision = revision + 1 WHERE seq = ?')
        .run(instant(ctx.clock), row.seq);
    }
    return mustGet(ctx.db, input.id);
  },

  purge(ctx, input) {
    const { db } = ctx;
    const ids = [...new Set(input.ids)];
    const rows = ids.map((id) => rowSeq(db, id));
    const live = rows.findIndex((r) => !r.deleted_at);
    if (live >= 0) throw new CoreError('conflict', `Entry ${ids[live]} is not in the trash; only trashed entries can be purged.`);
    const del = db.prepare('DELETE FROM entries WHERE seq = ?');
    for (const r of rows) del.run(r.seq);
    removeUnusedTags(db);
    return { purged: rows.length };
  },

  list(ctx, input) {
    const { db } = ctx;
    const limit = input.limit ?? DEFAULT_PAGE;
    const { where, params } = filterSql(input);
    const keyA = input.trash ? 'e.deleted_at' : 'e.occurred_on';
    const mode = input.trash ? 'trash' : 'live';
    if (input.cursor !== undefined) {
      const [a, b] = decodeCursor(input.cursor, mode);
      where.push(`(${keyA}, e.id) < (?, ?)`);
      params.push(a, b);
    }
    const rows = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE ${where.join(' AND ')}
         ORDER BY ${keyA} DESC, e.id DESC LIMIT ?`,
      )
      .all(...params, limit + 1) as (SummaryRow & { deleted_at: string | null })[];
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page[page.length - 1];
    return {
      items: toSummaries(db, page),
      nextCursor:
        more && last ? encodeCursor(mode, [input.trash ? last.deleted_at! : last.occurred_on, last.id]) : null,
    };
  },

  count(ctx, input) {
    const { where, params } = filterSql(input as EntryFilterInput);
    const count = ctx.db
      .prepare(`SELECT count(*) FROM entries e WHERE ${where.join(' AND ')}`)
      .pluck()
      .get(...params) as number;
    return { count };
  },

  search(ctx, input) {
    return searchEntries(ctx.db, input);
  },
};
