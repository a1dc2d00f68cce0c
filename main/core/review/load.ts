/**
 * Loads what a review is generated from in a handful of set-based queries (entries, their
 * tags, their viewers, the previous period's level counts, people, goals): the cost grows
 * with the number of entries, never the number of queries.
 */
import type { DayRange, ReviewFilters } from '../../../common/contract';
import { type Direction, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import type { Db } from '../db';
import { filterSql, type SqlPart } from '../entry-rows';
import { loadPraise, type ReviewPraise } from './load-praise';

export interface ReviewEntry {
  id: string;
  occurredOn: string;
  title: string | null;
  /** First line of the text, for entries without a title. */
  head: string;
  level: OwnershipLevel | null;
  impact: string | null;
  starred: boolean;
  goalId: string | null;
  tags: string[];
  /** Ids of the people who saw it, by name. */
  seenBy: string[];
}

export interface ReviewPerson {
  id: string;
  name: string;
  role: string | null;
  direction: Direction;
  keyDecider: boolean;
  archived: boolean;
}

/** Everything generation reads: plain data, no database. */
export interface ReviewData {
  period: DayRange;
  previous: DayRange;
  filters: ReviewFilters;
  /** Live entries of the period that pass the filters (generation puts them in its own order). */
  entries: ReviewEntry[];
  /** Rated entries of the previous period that pass the same filters, per level. */
  previousLevels: Record<OwnershipLevel, number>;
  /** Goal titles by id. */
  goals: Map<string, string>;
  /** Every person, archived ones included (what they saw stays part of the record). */
  people: Map<string, ReviewPerson>;
  /** People who saw any live entry of the period, whatever the filters. */
  reachedInPeriod: Set<string>;
  /** Praise received in the period that the filters keep (see loadPraise), newest first. */
  praise: ReviewPraise[];
}

/** Live entries passing `filters` (and within `range` when given), as WHERE clauses over alias `e`. */
function selection(range: DayRange | null, filters: ReviewFilters): SqlPart {
  const part = filterSql({
    ...(range ? { from: range.from, to: range.to } : {}),
    tags: filters.tags,
    ...(filters.minLevel ? { minLevel: filters.minLevel } : {}),
    ...(filters.starredOnly ? { starred: true } : {}),
  });
  // The onboarding example is never part of a review.
  part.where.push('e.example = 0');
  if (filters.goalIds.length > 0) {
    part.where.push('e.goal_id IN (SELECT value FROM json_each(?))');
    part.params.push(JSON.stringify(filters.goalIds));
  }
  return part;
}

/** Whether any filter narrows the entries. */
function filtersAny(f: ReviewFilters): boolean {
  return f.goalIds.length > 0 || f.tags.length > 0 || f.minLevel !== null || f.starredOnly;
}

/** Reads the data for a review of `period` (and the previous period) with `filters`. */
export function loadReviewData(db: Db, period: DayRange, previous: DayRange, filters: ReviewFilters): ReviewData {
  const sel = selection(period, filters);
  const where = sel.where.join(' AND ');
  const seqs = `SELECT e.seq FROM entries e WHERE ${where}`;

  const rows = db
    .prepare(
      `SELECT e.seq, e.id, e.occurred_on, e.title, e.level, e.impact, e.starred, e.goal_id,
         CASE WHEN e.title IS NULL THEN substr(e.body_text, 1, 300) ELSE '' END AS head
       FROM entries e WHERE ${where} ORDER BY e.occurred_on, e.id`,
    )
    .all(...sel.params) as {
    seq: number;
    id: string;
    occurred_on: string;
    title: string | null;
    level: OwnershipLevel | null;
    impact: string | null;
    starred: number;
    goal_id: string | null;
    head: string;
  }[];
  const bySeq = new Map<number, ReviewEntry>();
  const entries = rows.map((r) => {
    const entry: ReviewEntry = {
      id: r.id,
      occurredOn: r.occurred_on,
      title: r.title,
      head: (r.head.split('\n')[0] ?? '').trim(),
      level: r.level,
      impact: r.impact,
      starred: r.starred === 1,
      goalId: r.goal_id,
      tags: [],
      seenBy: [],
    };
    bySeq.set(r.seq, entry);
    return entry;
  });

  // Tags and viewers unordered (no sort in SQL over thousands of rows); each entry's short lists are sorted below.
  const tagNames = new Map(
    (db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[]).map((t) => [t.id, t.name]),
  );
  const tagRows = db
    .prepare(`SELECT entry_seq AS seq, tag_id FROM entry_tags WHERE entry_seq IN (${seqs})`)
    .all(...sel.params) as { seq: number; tag_id: number }[];
  for (const r of tagRows) bySeq.get(r.seq)?.tags.push(tagNames.get(r.tag_id)!);

  const people = new Map<string, ReviewPerson>();
  const personRows = db
    .prepare('SELECT id, name, role, direction, key_decider, archived_at FROM stakeholders ORDER BY name COLLATE NOCASE, id')
    .all() as { id: string; name: string; role: string | null; direction: Direction; key_decider: number; archived_at: string | null }[];
  for (const p of personRows) {
    people.set(p.id, {
      id: p.id,
      name: p.name,
      role: p.role,
      direction: p.direction,
      keyDecider: p.key_decider === 1,
      archived: p.archived_at !== null,
    });
  }
  const personOrder = new Map(personRows.map((p, i) => [p.id, i]));
  const seenRows = db
    .prepare(`SELECT entry_seq AS seq, stakeholder_id AS id FROM entry_stakeholders WHERE entry_seq IN (${seqs})`)
    .all(...sel.params) as { seq: number; id: string }[];
  for (const r of seenRows) bySeq.get(r.seq)?.seenBy.push(r.id);
  for (const e of entries) {
    if (e.tags.length > 1) e.tags.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (e.seenBy.length > 1) e.seenBy.sort((a, b) => personOrder.get(a)! - personOrder.get(b)!);
  }

  const prev = selection(previous, filters);
  const previousLevels = Object.fromEntries(OWNERSHIP_LEVELS.map((l) => [l, 0])) as Record<OwnershipLevel, number>;
  const levelRows = db
    .prepare(
      `SELECT e.level, count(*) AS n FROM entries e WHERE ${prev.where.join(' AND ')} AND e.level IS NOT NULL
       GROUP BY e.level`,
    )
    .all(...prev.params) as { level: OwnershipLevel; n: number }[];
  for (const r of levelRows) previousLevels[r.level] = r.n;

  const reached = db
    .prepare(
      `SELECT DISTINCT es.stakeholder_id FROM entry_stakeholders es JOIN entries e ON e.seq = es.entry_seq
       WHERE e.deleted_at IS NULL AND e.occurred_on BETWEEN ? AND ?`,
    )
    .pluck()
    .all(period.from, period.to) as string[];

  const goalRows = db.prepare('SELECT id, title FROM goals').all() as { id: string; title: string }[];

  return {
    period,
    previous,
    filters,
    entries,
    previousLevels,
    goals: new Map(goalRows.map((g) => [g.id, g.title])),
    people,
    reachedInPeriod: new Set(reached),
    praise: loadPraise(db, period, filtersAny(filters) ? selection(null, filters) : null),
  };
}
