/**
 * What each active person, and each direction, has seen of the user's work as of a day:
 * one set-based query each, whatever the number of people.
 */
import type { SeenFigures } from '../../../common/contract';
import { type Direction, LEVEL_INFO, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import type { Db } from '../db';
import { daysBefore, daysBetween, recencyOf } from './days';

/** Level rank (1–5, 0 when not rated) of `alias.level`, built from the vocabulary (constants only). */
export function rankSql(alias: string): string {
  return `CASE ${alias}.level ${OWNERSHIP_LEVELS.map((l) => `WHEN '${l}' THEN ${LEVEL_INFO[l].rank}`).join(' ')} ELSE 0 END`;
}

/** The level of a rank, or null for 0 / none. */
export function levelOfRank(rank: number | null): OwnershipLevel | null {
  return OWNERSHIP_LEVELS.find((l) => LEVEL_INFO[l].rank === rank) ?? null;
}

/** An active person with what they have seen. */
export interface PersonFigures extends SeenFigures {
  id: string;
  name: string;
  role: string | null;
  direction: Direction;
  influence: number;
  keyDecider: boolean;
}

/** A direction with what its active people have seen (distinct entries). */
export interface DirectionFigures extends SeenFigures {
  direction: Direction;
  people: number;
  reached90: number;
}

interface SeenRow {
  last_seen: string | null;
  total: number;
  seen30: number;
  seen90: number;
  top_rank: number | null;
}

/** Live entries seen, dated up to today: one row per (person, entry). */
const SEEN = `
  SELECT es.stakeholder_id, e.seq, e.occurred_on, ${rankSql('e')} AS rank
  FROM entry_stakeholders es JOIN entries e ON e.seq = es.entry_seq
  WHERE e.deleted_at IS NULL AND e.occurred_on <= :today`;

function windows(today: string) {
  return { today, d30: daysBefore(today, 30), d90: daysBefore(today, 90) };
}

function seenFigures(row: SeenRow, today: string): SeenFigures {
  const daysSince = row.last_seen === null ? null : daysBetween(row.last_seen, today);
  return {
    lastSeenOn: row.last_seen,
    daysSince,
    recency: recencyOf(daysSince),
    seen30: row.seen30,
    seen90: row.seen90,
    seenTotal: row.total,
    highestLevel: levelOfRank(row.top_rank),
  };
}

/** Every active person (by name) with their figures as of `today`. */
export function personFigures(db: Db, today: string): PersonFigures[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.role, s.direction, s.influence, s.key_decider,
         max(v.occurred_on) AS last_seen,
         count(v.seq) AS total,
         count(CASE WHEN v.occurred_on >= :d30 THEN 1 END) AS seen30,
         count(CASE WHEN v.occurred_on >= :d90 THEN 1 END) AS seen90,
         max(v.rank) AS top_rank
       FROM stakeholders s LEFT JOIN (${SEEN}) v ON v.stakeholder_id = s.id
       WHERE s.archived_at IS NULL
       GROUP BY s.id
       ORDER BY s.name_key, s.id`,
    )
    .all(windows(today)) as (SeenRow & {
    id: string;
    name: string;
    role: string | null;
    direction: Direction;
    influence: number;
    key_decider: number;
  })[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    direction: r.direction,
    influence: r.influence,
    keyDecider: r.key_decider === 1,
    ...seenFigures(r, today),
  }));
}

/** Figures per direction (only directions that have active people) as of `today`. */
export function directionFigures(db: Db, today: string): Map<Direction, DirectionFigures> {
  const rows = db
    .prepare(
      `SELECT s.direction,
         count(DISTINCT s.id) AS people,
         count(DISTINCT CASE WHEN v.occurred_on >= :d90 THEN s.id END) AS reached90,
         max(v.occurred_on) AS last_seen,
         count(DISTINCT v.seq) AS total,
         count(DISTINCT CASE WHEN v.occurred_on >= :d30 THEN v.seq END) AS seen30,
         count(DISTINCT CASE WHEN v.occurred_on >= :d90 THEN v.seq END) AS seen90,
         max(v.rank) AS top_rank
       FROM stakeholders s LEFT JOIN (${SEEN}) v ON v.stakeholder_id = s.id
       WHERE s.archived_at IS NULL
       GROUP BY s.direction`,
    )
    .all(windows(today)) as (SeenRow & { direction: Direction; people: number; reached90: number })[];
  return new Map(
    rows.map((r) => [
      r.direction,
      { direction: r.direction, people: r.people, reached90: r.reached90, ...seenFigures(r, today) },
    ]),
  );
}
