/**
 * The praise a review quotes: what was received in the period (by `received_on`, both ends
 * included), read in one query, newest first. The person's private notes are never read.
 */
import type { DayRange } from '../../../common/contract';
import type { Channel, Direction } from '../../../common/vocabulary';
import type { Db } from '../db';
import type { SqlPart } from '../entry-rows';

export interface ReviewPraise {
  id: string;
  words: string;
  /** The person's current name, or the name kept with the praise when they were deleted or never in the map. */
  fromName: string;
  /** The direction of the person who said it, when they are (still) in the map. */
  direction: Direction | null;
  receivedOn: string;
  channel: Channel | null;
  where: string | null;
  /** The entry it is about, when that entry is live (not in the trash, not purged). */
  entry: { id: string; title: string | null; head: string } | null;
}

interface Row {
  id: string;
  words: string;
  from_name: string;
  direction: Direction | null;
  received_on: string;
  channel: Channel | null;
  place: string | null;
  entry_id: string | null;
  entry_title: string | null;
  entry_head: string | null;
}

/**
 * Praise received in `period`, newest first. With `entryFilter` (the review's filters as
 * WHERE clauses over alias `e`), praise about a live entry is kept only when that entry
 * passes them, whatever day it happened on; praise about no entry (or about one now in the
 * trash) is always kept: the filters cannot say whether it belongs, and losing it would be worse.
 */
export function loadPraise(db: Db, period: DayRange, entryFilter: SqlPart | null): ReviewPraise[] {
  const where = ['p.received_on BETWEEN ? AND ?'];
  const params: unknown[] = [period.from, period.to];
  if (entryFilter) {
    where.push(`(pe.id IS NULL OR pe.id IN (SELECT e.id FROM entries e WHERE ${entryFilter.where.join(' AND ')}))`);
    params.push(...entryFilter.params);
  }
  const rows = db
    .prepare(
      `SELECT p.id, p.words, coalesce(s.name, p.from_name) AS from_name, s.direction, p.received_on, p.channel, p.place,
         pe.id AS entry_id, pe.title AS entry_title,
         CASE WHEN pe.title IS NULL THEN substr(pe.body_text, 1, 300) ELSE '' END AS entry_head
       FROM praise p
       LEFT JOIN stakeholders s ON s.id = p.from_stakeholder_id
       LEFT JOIN entries pe ON pe.id = p.entry_id AND pe.deleted_at IS NULL
       WHERE ${where.join(' AND ')}
       ORDER BY p.received_on DESC, p.created_at DESC, p.id DESC`,
    )
    .all(...params) as Row[];
  return rows.map((r) => ({
    id: r.id,
    words: r.words,
    fromName: r.from_name,
    direction: r.direction,
    receivedOn: r.received_on,
    channel: r.channel,
    where: r.place,
    entry:
      r.entry_id === null
        ? null
        : { id: r.entry_id, title: r.entry_title, head: ((r.entry_head ?? '').split('\n')[0] ?? '').trim() },
  }));
}
