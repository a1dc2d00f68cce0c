/**
 * What each active person, and each direction, has seen of the user's work as of a day:
 * one set-based query each, whatever the number of people.
 */
import type { MapPerson, SeenFigures } from '../../../common/contract';
import { type Direction, LEVEL_INFO, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import type { Db } from '../db';
import { daysBefore, daysBetween, recencyOf } from './days';

/**
 * Level rank (1–5, 0 when not rated) of `alias.level`, built from the vocabulary (constants
 * only): the one rank expression of the running code. Migration 6 keeps its own literal copy
 * (migrations/006-seen-figures.ts) because shipped SQL is frozen; seen-figures.test.ts checks
 * the ranks its triggers store against the vocabulary's.
 */
export function rankSql(alias: string): string {
  return `CASE ${alias}.level ${OWNERSHIP_LEVELS.map((l) => `WHEN '${l}' THEN ${LEVEL_INFO[l].rank}`).join(' ')} ELSE 0 END`;
}

/** The level of a rank, or null for 0 / none. */
export function levelOfRank(rank: number | null): OwnershipLevel | null {
  return OWNERSHIP_LEVELS.find((l) => LEVEL_INFO[l].rank === rank) ?? null;
}

/** An active person with what they have seen. */
export type PersonFigures = MapPerson;

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

/**
 * Per active person, from the figures kept by migration 6 (../migrations/006-seen-figures.ts): index seeks
 * and short ranges per person, never all their links. Totals and the highest level count
 * every live entry any day, less the entries dated after today (usually none).
 */
const PERSON_FIGURES = `
  SELECT s.id, s.name, s.role, s.direction, s.influence, s.key_decider,
    (SELECT max(occurred_on) FROM seen_links WHERE stakeholder_id = s.id AND occurred_on <= :today) AS last_seen,
    (SELECT coalesce(sum(n), 0) FROM seen_ranks WHERE stakeholder_id = s.id)
      - (SELECT count(*) FROM seen_links WHERE stakeholder_id = s.id AND occurred_on > :today) AS total,
    (SELECT count(*) FROM seen_links WHERE stakeholder_id = s.id AND occurred_on BETWEEN :d30 AND :today) AS seen30,
    (SELECT count(*) FROM seen_links WHERE stakeholder_id = s.id AND occurred_on BETWEEN :d90 AND :today) AS seen90,
    (SELECT max(r.rank) FROM seen_ranks r WHERE r.stakeholder_id = s.id
        AND r.n > (SELECT count(*) FROM seen_links f
                    WHERE f.stakeholder_id = s.id AND f.occurred_on > :today AND f.rank = r.rank)) AS top_rank
  FROM stakeholders s
  WHERE s.archived_at IS NULL
  ORDER BY s.name_key, s.id`;

/**
 * Per direction, what only a distinct count can say: entries its active people saw in the
 * windows (short ranges), and the entries dated after today to take off the kept total.
 */
const DIRECTION_DISTINCT = `
  SELECT s.direction,
    count(DISTINCT CASE WHEN sl.occurred_on BETWEEN :d30 AND :today THEN sl.entry_seq END) AS seen30,
    count(DISTINCT CASE WHEN sl.occurred_on BETWEEN :d90 AND :today THEN sl.entry_seq END) AS seen90,
    count(DISTINCT CASE WHEN sl.occurred_on > :today THEN sl.entry_seq END) AS future
  FROM stakeholders s JOIN seen_links sl ON sl.stakeholder_id = s.id AND sl.occurred_on >= :d90
  WHERE s.archived_at IS NULL
  GROUP BY s.direction`;

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
  const rows = db.prepare(PERSON_FIGURES).all(windows(today)) as (SeenRow & {
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

/**
 * Figures per direction (only directions that have active people) as of `today`. Entry
 * counts are of distinct entries; the last day, the highest level and who was reached come
 * from the people's own figures (pass them when already computed).
 */
export function directionFigures(
  db: Db,
  today: string,
  people: readonly PersonFigures[] = personFigures(db, today),
): Map<Direction, DirectionFigures> {
  const distinct = new Map(
    (
      db.prepare(DIRECTION_DISTINCT).all(windows(today)) as {
        direction: Direction;
        seen30: number;
        seen90: number;
        future: number;
      }[]
    ).map((r) => [r.direction, r]),
  );
  const totals = new Map(
    (db.prepare('SELECT direction, n FROM seen_direction_totals').all() as { direction: Direction; n: number }[]).map(
      (r) => [r.direction, r.n],
    ),
  );
  const byDirection = new Map<Direction, { row: SeenRow; people: number; reached90: number }>();
  for (const p of people) {
    let d = byDirection.get(p.direction);
    if (!d) {
      const w = distinct.get(p.direction);
      d = {
        people: 0,
        reached90: 0,
        row: {
          last_seen: null,
          total: (totals.get(p.direction) ?? 0) - (w?.future ?? 0),
          seen30: w?.seen30 ?? 0,
          seen90: w?.seen90 ?? 0,
          top_rank: null,
        },
      };
      byDirection.set(p.direction, d);
    }
    d.people++;
    if (p.seen90 > 0) d.reached90++;
    if (p.lastSeenOn !== null && (d.row.last_seen === null || p.lastSeenOn > d.row.last_seen)) d.row.last_seen = p.lastSeenOn;
    const rank = p.highestLevel === null ? 0 : LEVEL_INFO[p.highestLevel].rank;
    if (rank > (d.row.top_rank ?? 0)) d.row.top_rank = rank;
  }
  return new Map(
    [...byDirection].map(([direction, d]) => [
      direction,
      { direction, people: d.people, reached90: d.reached90, ...seenFigures(d.row, today) },
    ]),
  );
}
