/**
 * "Prepare an update for…" a person or a direction: the entries of a period at or above a
 * level, highest level first, as Markdown and as a document. Private notes about people
 * (motivations, influences, notes) are only read when the caller explicitly asks for them.
 */
import type { PreparedUpdate } from '../../../common/contract';
import { type Direction, LEVEL_INFO, type OwnershipLevel } from '../../../common/vocabulary';
import type { Db } from '../db';
import { notFound } from '../errors';
import { dayRange, shortDay } from './days';
import { rankSql } from './figures';
import { entryLabel } from './suggestion';
import { type Block, type Inline, toDoc, toMarkdown } from './update-format';

export interface UpdateRequest {
  stakeholderId?: string | undefined;
  direction?: Direction | undefined;
  from: string;
  to: string;
  minLevel?: OwnershipLevel | undefined;
  excludeSeen?: boolean | undefined;
  includePrivateNotes?: boolean | undefined;
  limit?: number | undefined;
}

interface EntryRow {
  id: string;
  title: string | null;
  head: string;
  occurred_on: string;
  level: OwnershipLevel;
  impact: string | null;
  total: number;
}

interface Recipient {
  id: string;
  name: string;
}

/** The people the update is for: the person, or the active people of the direction. */
function recipients(db: Db, req: UpdateRequest): Recipient[] {
  if (req.stakeholderId) {
    const person = db.prepare('SELECT id, name FROM stakeholders WHERE id = ?').get(req.stakeholderId) as
      | Recipient
      | undefined;
    if (!person) throw notFound('Person', req.stakeholderId);
    return [person];
  }
  return db
    .prepare('SELECT id, name FROM stakeholders WHERE direction = ? AND archived_at IS NULL ORDER BY name_key, id')
    .all(req.direction) as Recipient[];
}

function titleFor(req: UpdateRequest, people: Recipient[]): string {
  const names = people.map((p) => p.name);
  if (names.length === 0) return `Update (${req.direction})`;
  if (names.length === 1) return `Update for ${names[0]}`;
  if (names.length <= 3) return `Update for ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Update for ${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
}

function selectEntries(db: Db, req: UpdateRequest): EntryRow[] {
  const where = [
    'e.deleted_at IS NULL',
    'e.level IS NOT NULL',
    // Never the onboarding example, never an entry marked confidential.
    'e.example = 0',
    'e.confidential = 0',
    'e.occurred_on BETWEEN :from AND :to',
    `${rankSql('e')} >= :minRank`,
  ];
  if (req.excludeSeen && req.stakeholderId) {
    where.push('NOT EXISTS (SELECT 1 FROM entry_stakeholders es WHERE es.entry_seq = e.seq AND es.stakeholder_id = :person)');
  } else if (req.excludeSeen && req.direction) {
    where.push(`NOT EXISTS (SELECT 1 FROM entry_stakeholders es JOIN stakeholders s ON s.id = es.stakeholder_id
      WHERE es.entry_seq = e.seq AND s.direction = :direction AND s.archived_at IS NULL)`);
  }
  return db
    .prepare(
      `SELECT e.id, e.title, substr(e.body_text, 1, 300) AS head, e.occurred_on, e.level, e.impact,
         count(*) OVER () AS total
       FROM entries e WHERE ${where.join(' AND ')}
       ORDER BY ${rankSql('e')} DESC, e.occurred_on, e.seq
       LIMIT :limit`,
    )
    .all({
      from: req.from,
      to: req.to,
      minRank: LEVEL_INFO[req.minLevel ?? 'task'].rank,
      person: req.stakeholderId ?? null,
      direction: req.direction ?? null,
      limit: req.limit ?? 100,
    }) as EntryRow[];
}

/** Bullets per level, highest level first (the query already orders by level, then day). */
function entryBlocks(rows: EntryRow[], to: string): Block[] {
  const blocks: Block[] = [];
  let level: OwnershipLevel | null = null;
  let items: Inline[][] = [];
  for (const r of rows) {
    if (r.level !== level) {
      if (level) blocks.push({ kind: 'bullets', items });
      level = r.level;
      items = [];
      blocks.push({ kind: 'heading', level: 3, text: LEVEL_INFO[r.level].label });
    }
    const item: Inline[] = [{ text: entryLabel(r.title, r.head), bold: true }, { text: ` (${shortDay(r.occurred_on, to)})` }];
    if (r.impact) item.push({ text: ` — ${r.impact.replace(/\s*\n\s*/g, ' ')}` });
    items.push(item);
  }
  if (level) blocks.push({ kind: 'bullets', items });
  return blocks;
}

/** Lines of text as inline parts separated by hard breaks. */
function lines(label: string, text: string): Inline[] {
  const parts: Inline[] = [{ text: `${label}: ` }];
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) parts.push({ hardBreak: true });
    parts.push({ text: line });
  });
  return parts;
}

/** The recipients' private notes, only ever read when the user asked for them. */
function privateNoteBlocks(db: Db, people: Recipient[]): Block[] {
  if (people.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT s.id, s.motivations, s.influences, s.notes FROM stakeholders s
       WHERE s.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(people.map((p) => p.id))) as {
    id: string;
    motivations: string | null;
    influences: string | null;
    notes: string | null;
  }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: Inline[][] = [];
  for (const p of people) {
    const r = byId.get(p.id);
    if (!r || (!r.motivations && !r.influences && !r.notes)) continue;
    const item: Inline[] = [{ text: p.name, bold: true }];
    const fields: [string, string | null][] = [
      ['Motivations', r.motivations],
      ['Influences', r.influences],
      ['Notes', r.notes],
    ];
    for (const [label, value] of fields) {
      if (value) item.push({ hardBreak: true }, ...lines(label, value));
    }
    items.push(item);
  }
  return items.length > 0 ? [{ kind: 'heading', level: 3, text: 'Private notes' }, { kind: 'bullets', items }] : [];
}

/** Prepares the update (see the module comment); reads nothing private unless includePrivateNotes. */
export function prepareUpdate(db: Db, req: UpdateRequest): PreparedUpdate {
  const people = recipients(db, req);
  const rows = selectEntries(db, req);
  const title = titleFor(req, people);
  const minLevel = req.minLevel ?? 'task';
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: title },
    { kind: 'paragraph', inline: [{ text: `Highlights from ${dayRange(req.from, req.to)}:` }] },
  ];
  if (rows.length === 0) {
    const atLevel = minLevel === 'task' ? '' : ` at ${LEVEL_INFO[minLevel].label.toLowerCase()} level or above`;
    blocks.push({ kind: 'paragraph', inline: [{ text: `No entries${atLevel} in this period.` }] });
  }
  blocks.push(...entryBlocks(rows, req.to));
  const total = rows[0]?.total ?? 0;
  if (total > rows.length) {
    blocks.push({ kind: 'paragraph', inline: [{ text: `…and ${total - rows.length} more.` }] });
  }
  const notes = req.includePrivateNotes ? privateNoteBlocks(db, people) : [];
  blocks.push(...notes);
  return {
    title,
    markdown: toMarkdown(blocks),
    doc: toDoc(blocks),
    entryIds: rows.map((r) => r.id),
    omitted: total - rows.length,
    includesPrivateNotes: notes.length > 0,
  };
}
