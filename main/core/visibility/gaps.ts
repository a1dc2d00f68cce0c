/**
 * Gaps: who has not seen the user's strongest recent work, each with a concrete suggestion.
 * Three set-based queries (the recent strong entries in strength order, who saw them, and
 * everyone's figures), then one walk per person that skips what they saw.
 */
import type { Gap, GapEntry } from '../../../common/contract';
import { type Direction, LEVEL_INFO, type OwnershipLevel } from '../../../common/vocabulary';
import type { Db } from '../db';
import { daysBefore } from './days';
import { type PersonFigures, personFigures, rankSql } from './figures';
import { entryLabel, fitsAudience, suggestionText } from './suggestion';

export interface GapOptions {
  today: string;
  minLevel?: OwnershipLevel | undefined;
  withinDays?: number | undefined;
  perPerson?: number | undefined;
  directions?: Direction[] | undefined;
  keyDecidersOnly?: boolean | undefined;
  limit?: number | undefined;
  /** People left out (the nudge skips those dismissed this week). */
  exclude?: ReadonlySet<string> | undefined;
}

interface CandidateRow {
  seq: number;
  id: string;
  title: string | null;
  head: string;
  occurred_on: string;
  level: OwnershipLevel;
  starred: number;
}

/**
 * Live, rated entries of the window at or above the level (over alias `e`); never the
 * onboarding example, never an entry marked confidential.
 */
const CANDIDATE_WHERE = `e.deleted_at IS NULL AND e.level IS NOT NULL AND e.occurred_on BETWEEN :since AND :today
  AND e.example = 0 AND e.confidential = 0 AND ${rankSql('e')} >= :minRank`;

/** The strongest entries first: highest level, then starred, then newest (then id, for a stable order). */
const CANDIDATES = `
  SELECT e.seq, e.id, e.title, substr(e.body_text, 1, 300) AS head, e.occurred_on, e.level, e.starred
  FROM entries e WHERE ${CANDIDATE_WHERE}
  ORDER BY ${rankSql('e')} DESC, e.starred DESC, e.occurred_on DESC, e.id DESC`;

/** Who saw which of those entries. */
const SEEN = `
  SELECT es.stakeholder_id AS person, es.entry_seq AS seq
  FROM entry_stakeholders es JOIN entries e ON e.seq = es.entry_seq
  WHERE ${CANDIDATE_WHERE}`;

/**
 * The order gaps are listed (and nudges chosen) in: key deciders first, then higher
 * influence, then longer since they last saw anything (never seen first), then by name.
 */
export function compareGapPeople(x: PersonFigures, y: PersonFigures): number {
  if (x.keyDecider !== y.keyDecider) return x.keyDecider ? -1 : 1;
  if (x.influence !== y.influence) return y.influence - x.influence;
  const dx = x.daysSince ?? Number.POSITIVE_INFINITY;
  const dy = y.daysSince ?? Number.POSITIVE_INFINITY;
  return dx === dy ? 0 : dx > dy ? -1 : 1;
}

/** Gaps as of `options.today`, in the documented order (see compareGapPeople). */
export function findGaps(db: Db, options: GapOptions): Gap[] {
  const { today } = options;
  const perPerson = options.perPerson ?? 3;
  const params = {
    today,
    since: daysBefore(today, options.withinDays ?? 90),
    minRank: LEVEL_INFO[options.minLevel ?? 'milestone'].rank,
  };
  const candidates = db.prepare(CANDIDATES).all(params) as CandidateRow[];
  if (candidates.length === 0) return [];
  const seen = new Map<string, Set<number>>();
  for (const r of db.prepare(SEEN).all(params) as { person: string; seq: number }[]) {
    const set = seen.get(r.person);
    if (set) set.add(r.seq);
    else seen.set(r.person, new Set([r.seq]));
  }
  const directions = options.directions ? new Set(options.directions) : null;
  // personFigures comes sorted by name, and sort is stable: ties stay in name order.
  const people = personFigures(db, today)
    .filter(
      (p) =>
        (!directions || directions.has(p.direction)) &&
        (!options.keyDecidersOnly || p.keyDecider) &&
        !options.exclude?.has(p.id),
    )
    .sort(compareGapPeople);
  const gaps: Gap[] = [];
  const limit = options.limit ?? 100;
  for (const p of people) {
    if (gaps.length >= limit) break;
    // Walking the candidates in strength order, skipping what they saw: at most perPerson + |seen| steps.
    const saw = seen.get(p.id);
    const entries: GapEntry[] = [];
    for (const c of candidates) {
      if (entries.length >= perPerson) break;
      if (!saw?.has(c.seq) && fitsAudience(c.level, p.direction)) entries.push(toGapEntry(c));
    }
    if (entries.length === 0) continue;
    gaps.push({
      stakeholderId: p.id,
      name: p.name,
      direction: p.direction,
      keyDecider: p.keyDecider,
      influence: p.influence,
      lastSeenOn: p.lastSeenOn,
      daysSince: p.daysSince,
      entries,
      suggestion: suggestionText(entries[0]!, p, today),
    });
  }
  return gaps;
}

function toGapEntry(r: CandidateRow): GapEntry {
  return {
    id: r.id,
    title: r.title,
    label: entryLabel(r.title, r.head),
    occurredOn: r.occurred_on,
    level: r.level,
    starred: r.starred === 1,
  };
}
