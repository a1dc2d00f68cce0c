/**
 * The praise log: what was said, by whom, when, where and about which entry. The name of
 * whoever said it is kept with the praise, so deleting the person (or purging the entry)
 * unlinks it without losing it.
 */
import type { Praise } from '../../../common/contract';
import type { Channel } from '../../../common/vocabulary';
import type { Ctx } from '../api';
import { instant, localDay } from '../clock';
import type { Db } from '../db';
import { invalid, notFound } from '../errors';
import { newId } from '../ids';
import { cleanLine } from '../text';

interface PraiseRow {
  id: string;
  words: string;
  from_stakeholder_id: string | null;
  display_name: string;
  received_on: string;
  channel: Channel | null;
  place: string | null;
  entry_id: string | null;
  entry_title: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `
  SELECT p.id, p.words, p.from_stakeholder_id, coalesce(s.name, p.from_name) AS display_name, p.received_on,
    p.channel, p.place, p.entry_id, e.title AS entry_title, p.created_at, p.updated_at
  FROM praise p
  LEFT JOIN stakeholders s ON s.id = p.from_stakeholder_id
  LEFT JOIN entries e ON e.id = p.entry_id`;

const NEWEST_FIRST = 'ORDER BY p.received_on DESC, p.created_at DESC, p.id DESC';

function toPraise(r: PraiseRow): Praise {
  return {
    id: r.id,
    words: r.words,
    fromStakeholderId: r.from_stakeholder_id,
    fromName: r.display_name,
    receivedOn: r.received_on,
    channel: r.channel,
    where: r.place,
    entryId: r.entry_id,
    entryTitle: r.entry_title,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface PraiseFilter {
  stakeholderId?: string | undefined;
  entryId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

/** Praise matching every filter given, newest first. */
export function listPraise(db: Db, f: PraiseFilter): Praise[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (f.stakeholderId) add('p.from_stakeholder_id = ?', f.stakeholderId);
  if (f.entryId) add('p.entry_id = ?', f.entryId);
  if (f.from) add('p.received_on >= ?', f.from);
  if (f.to) add('p.received_on <= ?', f.to);
  const rows = db
    .prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${NEWEST_FIRST} LIMIT ?`)
    .all(...params, f.limit ?? 200) as PraiseRow[];
  return rows.map(toPraise);
}

/**
 * Praise received from `from` to `to` (days, inclusive), oldest first: what the self-review
 * quotes under "Did anybody tell you that you did something well?".
 */
export function praiseInPeriod(db: Db, from: string, to: string): Praise[] {
  const rows = db
    .prepare(`${SELECT} WHERE p.received_on BETWEEN ? AND ? ORDER BY p.received_on, p.created_at, p.id`)
    .all(from, to) as PraiseRow[];
  return rows.map(toPraise);
}

function mustGet(db: Db, id: string): Praise {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PraiseRow | undefined;
  if (!row) throw notFound('Praise', id);
  return toPraise(row);
}

function personName(db: Db, id: string): string {
  const name = db.prepare('SELECT name FROM stakeholders WHERE id = ?').pluck().get(id) as string | undefined;
  if (name === undefined) throw invalid(`No person with id ${id}`, 'fromStakeholderId');
  return name;
}

function checkEntry(db: Db, id: string | null | undefined): void {
  if (!id) return;
  const row = db.prepare('SELECT deleted_at FROM entries WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  if (!row) throw invalid(`No entry with id ${id}`, 'entryId');
  if (row.deleted_at) throw invalid('That entry is in the trash; restore it before linking praise to it', 'entryId');
}

const WHO_MISSING = 'Say who gave the praise: choose a person or type a name';

/** The words without control characters (NUL would cut them short in SQLite); empty is refused. */
function cleanWords(words: string): string {
  const clean = cleanLine(words);
  if (!clean) throw invalid('must not be empty', 'words');
  return clean;
}

export interface PraiseInput {
  words: string;
  fromStakeholderId?: string | null | undefined;
  fromName?: string | null | undefined;
  receivedOn?: string | undefined;
  channel?: Channel | null | undefined;
  where?: string | null | undefined;
  entryId?: string | null | undefined;
}

/** Records praise. When a person is given, the name kept is theirs (fromName is ignored). */
export function createPraise(ctx: Ctx, input: PraiseInput): Praise {
  const { db, clock } = ctx;
  const name = input.fromStakeholderId ? personName(db, input.fromStakeholderId) : cleanLine(input.fromName ?? null);
  if (!name) throw invalid(WHO_MISSING, 'fromName');
  const words = cleanWords(input.words);
  checkEntry(db, input.entryId);
  const id = newId(clock.now().getTime());
  const now = instant(clock);
  db.prepare(
    `INSERT INTO praise (id, words, from_stakeholder_id, from_name, received_on, channel, place, entry_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    words,
    input.fromStakeholderId ?? null,
    name,
    input.receivedOn ?? localDay(clock),
    input.channel ?? null,
    cleanLine(input.where ?? null),
    input.entryId ?? null,
    now,
    now,
  );
  return mustGet(db, id);
}

/** Changes praise; fields left out stay. Unlinking the person keeps their name unless a new one is given. */
export function updatePraise(ctx: Ctx, input: Partial<PraiseInput> & { id: string }): Praise {
  const { db } = ctx;
  const current = db.prepare('SELECT from_stakeholder_id, from_name FROM praise WHERE id = ?').get(input.id) as
    | { from_stakeholder_id: string | null; from_name: string }
    | undefined;
  if (!current) throw notFound('Praise', input.id);
  const person = input.fromStakeholderId !== undefined ? input.fromStakeholderId : current.from_stakeholder_id;
  let name: string | null | undefined;
  if (person) name = personName(db, person);
  else if (input.fromName !== undefined) name = cleanLine(input.fromName);
  else name = current.from_name;
  if (!name) throw invalid(WHO_MISSING, 'fromName');
  if (input.entryId !== undefined) checkEntry(db, input.entryId);

  const sets = ['from_stakeholder_id = ?', 'from_name = ?', 'updated_at = ?'];
  const params: unknown[] = [person, name, instant(ctx.clock)];
  const columns = { words: 'words', receivedOn: 'received_on', channel: 'channel', where: 'place', entryId: 'entry_id' };
  const values = {
    ...input,
    words: input.words === undefined ? undefined : cleanWords(input.words),
    where: input.where === undefined ? undefined : cleanLine(input.where),
  };
  for (const [key, column] of Object.entries(columns)) {
    const value = values[key as keyof typeof columns];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    params.push(value);
  }
  db.prepare(`UPDATE praise SET ${sets.join(', ')} WHERE id = ?`).run(...params, input.id);
  return mustGet(db, input.id);
}

/** Removes praise for good. */
export function deletePraise(db: Db, id: string): { deleted: true } {
  if (db.prepare('DELETE FROM praise WHERE id = ?').run(id).changes === 0) throw notFound('Praise', id);
  return { deleted: true };
}
