/** Entry operations: write, change, trash, restore, purge, list and count. Search lives in search.ts. */
import { type Entry, type EntryFilterInput, type Handlers } from '../../common/contract';
import type { Channel } from '../../common/vocabulary';
import type { Ctx } from './api';
import { instant, localDay } from './clock';
import { decodeCursor, encodeCursor } from './cursor';
import type { Db } from './db';
import { readEntry, filterSql, SUMMARY_COLUMNS, type SummaryRow, toSummaries } from './entry-rows';
import { CoreError, invalid, notFound } from './errors';
import { newId } from './ids';
import { searchEntries } from './search';
import { prepared } from './statements';
import { removeUnusedTags, setEntryTags } from './tag-store';
import { hashtags } from '../../common/tags';
import { labelMentions } from './mention-labels';
import { cleanLine, docToText, mentionedIds, wordCount } from './text';

type H = Handlers<Ctx>['entries'];
type SeenInput = { stakeholderId: string; channel?: Channel | null | undefined }[];

const DEFAULT_PAGE = 50;

function mustGet(db: Db, id: string): Entry {
  const entry = readEntry(db, id);
  if (!entry) throw notFound('Entry', id);
  return entry;
}

/**
 * Records who saw an entry: the people given (each must exist) plus everyone mentioned in
 * the body. A mention of someone deleted since stays in the text but records nothing, so an
 * old entry can still be saved.
 */
function setSeenBy(db: Db, seq: number, given: SeenInput, mentioned: string[]): void {
  const seen = new Map<string, Channel | null>();
  for (const s of given) seen.set(s.stakeholderId, s.channel ?? null);
  const ids = [...new Set([...seen.keys(), ...mentioned])];
  const known = new Set(
    ids.length === 0
      ? []
      : (db
          .prepare(`SELECT id FROM stakeholders WHERE id IN (SELECT value FROM json_each(?))`)
          .pluck()
          .all(JSON.stringify(ids)) as string[]),
  );
  const missing = [...seen.keys()].find((id) => !known.has(id));
  if (missing !== undefined) throw invalid(`No person with id ${missing}`, 'seenBy');
  for (const id of mentioned) if (known.has(id) && !seen.has(id)) seen.set(id, null);
  db.prepare('DELETE FROM entry_stakeholders WHERE entry_seq = ?').run(seq);
  const insert = db.prepare('INSERT INTO entry_stakeholders (entry_seq, stakeholder_id, channel) VALUES (?, ?, ?)');
  for (const [id, channel] of seen) insert.run(seq, id, channel);
}

/** The text hashtags are read from. */
function taggedText(title: string | null, bodyText: string): string {
  return `${title ?? ''}\n${bodyText}`;
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
    // Idempotent by the caller's id: a retry of a create whose answer was lost gets the entry
    // the first attempt wrote (live or trashed), never a second copy.
    if (input.id) {
      const existing = readEntry(db, input.id);
      if (existing) return existing;
    }
    checkGoal(db, input.goalId);
    const now = instant(clock);
    const id = input.id ?? newId(clock.now().getTime());
    const body = labelMentions(db, input.body);
    const bodyText = docToText(body);
    const title = cleanLine(input.title ?? null);
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
        title,
        JSON.stringify(body),
        bodyText,
        wordCount(bodyText),
        input.ownershipLevel,
        cleanLine(input.impact ?? null),
        input.starred ? 1 : 0,
        input.goalId ?? null,
      );
    const seq = Number(info.lastInsertRowid);
    // Both flags default to 0 in the table; they are written only when set.
    if (input.example || input.confidential) {
      db.prepare('UPDATE entries SET example = ?, confidential = ? WHERE seq = ?').run(input.example ? 1 : 0, input.confidential ? 1 : 0, seq);
    }
    setSeenBy(db, seq, input.seenBy ?? [], mentionedIds(body));
    setEntryTags(db, seq, [...(input.tags ?? []), ...hashtags(taggedText(title, bodyText))]);
    return mustGet(db, id);
  },

  update(ctx, input) {
    const { db, clock } = ctx;
    const row = rowSeq(db, input.id);
    const before = mustGet(db, input.id);
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
    if (input.title !== undefined) set('title', cleanLine(input.title));
    if (input.ownershipLevel !== undefined) set('level', input.ownershipLevel);
    if (input.impact !== undefined) set('impact', cleanLine(input.impact));
    if (input.starred !== undefined) set('starred', input.starred ? 1 : 0);
    if (input.goalId !== undefined) set('goal_id', input.goalId);
    if (input.confidential !== undefined) set('confidential', input.confidential ? 1 : 0);
    if (input.body !== undefined) {
      const body = labelMentions(db, input.body);
      const bodyText = docToText(body);
      set('body', JSON.stringify(body));
      set('body_text', bodyText);
      set('word_count', wordCount(bodyText));
    }
    db.prepare(`UPDATE entries SET ${sets.join(', ')} WHERE seq = ?`).run(...params, row.seq);

    const after = mustGet(db, input.id);
    if (input.seenBy !== undefined || input.body !== undefined) {
      // Without an explicit list, people recorded only because the old text mentioned them
      // (no channel) leave when the mention does.
      const oldMentions = new Set(mentionedIds(before.body));
      const given: SeenInput =
        input.seenBy ?? before.seenBy.filter((s) => s.channel !== null || !oldMentions.has(s.stakeholderId));
      setSeenBy(db, row.seq, given, mentionedIds(after.body));
    }
    if (input.tags !== undefined || input.body !== undefined || input.title !== undefined) {
      // Likewise, tags that came from a #hashtag leave when the hashtag is edited out.
      const oldHashtags = new Set(hashtags(taggedText(before.title, before.bodyText)));
      const base = input.tags ?? before.tags.filter((t) => !oldHashtags.has(t));
      setEntryTags(db, row.seq, [...base, ...hashtags(taggedText(after.title, after.bodyText))]);
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
      const [a, b] = decodeCursor(input.cursor, mode, 2);
      where.push(`(${keyA}, e.id) < (?, ?)`);
      params.push(a, b);
    }
    // Kept compiled: one statement per filter shape (timeline pages are the most frequent read).
    const rows = prepared(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE ${where.join(' AND ')}
         ORDER BY ${keyA} DESC, e.id DESC LIMIT ?`,
    ).all(...params, limit + 1) as (SummaryRow & { deleted_at: string | null })[];
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
