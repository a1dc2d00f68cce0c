/** Reading entries: row mapping, their tags and viewers, and the filters shared by list, count and search. */
import type { Entry, EntryFilterInput, EntrySummary, SeenBy } from '../../common/contract';
import { levelsAtLeast, type OwnershipLevel } from '../../common/vocabulary';
import type { Db } from './db';
import type { EntryRow } from './rows';
import { prepared } from './statements';
import { excerpt } from './text';

/** An entry's row without its text and import source: what summaries and entries are built from. */
export type EntryMetaRow = Omit<EntryRow, 'body' | 'body_text' | 'source' | 'source_id'>;

/** Columns of a summary: the text is cut in SQL so long entries never load whole. */
export const SUMMARY_COLUMNS = `e.seq, e.id, e.occurred_on, e.created_at, e.updated_at, e.revision, e.title, e.level,
  e.impact, e.starred, e.goal_id, e.deleted_at, e.word_count, e.example, e.confidential, substr(e.body_text, 1, 400) AS head`;

export type SummaryRow = EntryMetaRow & { head: string };

/** Tags and viewers for many entries in two queries. */
function loadRelations(db: Db, seqs: number[]): { tags: Map<number, string[]>; seen: Map<number, SeenBy[]> } {
  const tags = new Map<number, string[]>();
  const seen = new Map<number, SeenBy[]>();
  if (seqs.length === 0) return { tags, seen };
  const list = JSON.stringify(seqs);
  const tagRows = prepared(
    db,
    `SELECT et.entry_seq AS seq, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
       WHERE et.entry_seq IN (SELECT value FROM json_each(?)) ORDER BY t.name`,
  ).all(list) as { seq: number; name: string }[];
  for (const r of tagRows) push(tags, r.seq, r.name);
  const seenRows = prepared(
    db,
    `SELECT es.entry_seq AS seq, s.id, s.name, s.direction, es.channel
       FROM entry_stakeholders es JOIN stakeholders s ON s.id = es.stakeholder_id
       WHERE es.entry_seq IN (SELECT value FROM json_each(?)) ORDER BY s.name COLLATE NOCASE`,
  ).all(list) as { seq: number; id: string; name: string; direction: SeenBy['direction']; channel: SeenBy['channel'] }[];
  for (const r of seenRows) {
    push(seen, r.seq, { stakeholderId: r.id, name: r.name, direction: r.direction, channel: r.channel });
  }
  return { tags, seen };
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function baseFields(row: EntryMetaRow, tags: string[], seenBy: SeenBy[]) {
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    title: row.title,
    ownershipLevel: row.level,
    impact: row.impact,
    starred: row.starred === 1,
    tags,
    seenBy,
    goalId: row.goal_id,
    deletedAt: row.deleted_at,
    example: row.example === 1,
    confidential: row.confidential === 1,
  };
}

/** Summaries for rows read with SUMMARY_COLUMNS, in the same order. */
export function toSummaries(db: Db, rows: SummaryRow[]): EntrySummary[] {
  const { tags, seen } = loadRelations(
    db,
    rows.map((r) => r.seq),
  );
  return rows.map((r) => ({
    ...baseFields(r, tags.get(r.seq) ?? [], seen.get(r.seq) ?? []),
    excerpt: excerpt(r.head),
    wordCount: r.word_count,
  }));
}

/** One whole entry by public id, or undefined. */
export function readEntry(db: Db, id: string): Entry | undefined {
  const row = db.prepare(`SELECT e.*, e.body AS body_json FROM entries e WHERE e.id = ?`).get(id) as
    | (EntryMetaRow & { body_json: string; body_text: string })
    | undefined;
  if (!row) return undefined;
  const { tags, seen } = loadRelations(db, [row.seq]);
  return {
    ...baseFields(row, tags.get(row.seq) ?? [], seen.get(row.seq) ?? []),
    body: JSON.parse(row.body_json),
    bodyText: row.body_text,
  };
}

export interface SqlPart {
  where: string[];
  params: unknown[];
}

/** WHERE clauses (over alias `e`) for the shared entry filters. */
export function filterSql(f: EntryFilterInput): SqlPart {
  const where: string[] = [f.trash ? 'e.deleted_at IS NOT NULL' : 'e.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (f.from) {
    where.push('e.occurred_on >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('e.occurred_on <= ?');
    params.push(f.to);
  }
  // An empty list means "no level filter", as for the other list filters.
  let levels: OwnershipLevel[] | undefined = f.levels && f.levels.length > 0 ? f.levels : undefined;
  if (f.minLevel) {
    const atLeast = levelsAtLeast(f.minLevel);
    levels = levels ? levels.filter((l) => atLeast.includes(l)) : atLeast;
  }
  if (levels) {
    where.push('e.level IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(levels));
  }
  if (f.unrated) where.push('e.level IS NULL');
  if (f.starred !== undefined) {
    where.push('e.starred = ?');
    params.push(f.starred ? 1 : 0);
  }
  if (f.goalId) {
    where.push('e.goal_id = ?');
    params.push(f.goalId);
  }
  if (f.stakeholders && f.stakeholders.length > 0) {
    where.push(
      `EXISTS (SELECT 1 FROM entry_stakeholders es WHERE es.entry_seq = e.seq
        AND es.stakeholder_id IN (SELECT value FROM json_each(?)))`,
    );
    params.push(JSON.stringify(f.stakeholders));
  }
  if (f.directions && f.directions.length > 0) {
    where.push(
      `EXISTS (SELECT 1 FROM entry_stakeholders es JOIN stakeholders s ON s.id = es.stakeholder_id
        WHERE es.entry_seq = e.seq AND s.direction IN (SELECT value FROM json_each(?)))`,
    );
    params.push(JSON.stringify(f.directions));
  }
  if (f.tags && f.tags.length > 0) {
    where.push(
      `EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_seq = e.seq AND t.name IN (SELECT value FROM json_each(?)))`,
    );
    params.push(JSON.stringify(f.tags));
  }
  return { where, params };
}
