/** The numbers behind a review: counts, level shares with whole percentages, and gaps. */
import type { LevelShares, ReviewFigures } from '../../../common/contract';
import { LEVEL_INFO, levelRank, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import type { ReviewData, ReviewEntry } from './load';

type LevelCounts = Record<OwnershipLevel, number>;

/** Rated entries per level. */
export function countLevels(entries: ReviewEntry[]): LevelCounts {
  const counts = Object.fromEntries(OWNERSHIP_LEVELS.map((l) => [l, 0])) as LevelCounts;
  for (const e of entries) if (e.level) counts[e.level]++;
  return counts;
}

/**
 * Whole percentages that add up to exactly 100 (largest-remainder rounding): each level gets
 * its share rounded down, and the points left go to the largest remainders, ties to the
 * higher level. The same counts always give the same percentages.
 */
export function levelShares(counts: LevelCounts): LevelShares {
  const total = OWNERSHIP_LEVELS.reduce((sum, l) => sum + counts[l], 0);
  const percents = Object.fromEntries(OWNERSHIP_LEVELS.map((l) => [l, 0])) as LevelCounts;
  if (total === 0) return { total, counts: { ...counts }, percents };
  // Integer arithmetic: the share of level l is counts[l] * 100 / total.
  const remainders = OWNERSHIP_LEVELS.map((l) => {
    percents[l] = Math.floor((counts[l] * 100) / total);
    return { l, rest: (counts[l] * 100) % total };
  });
  let left = 100 - OWNERSHIP_LEVELS.reduce((sum, l) => sum + percents[l], 0);
  remainders.sort((a, b) => b.rest - a.rest || levelRank(b.l) - levelRank(a.l));
  for (const r of remainders) {
    if (left === 0) break;
    if (r.rest === 0) continue;
    percents[r.l]++;
    left--;
  }
  return { total, counts: { ...counts }, percents };
}

/** The highest level among the entries, or null when none is rated. */
export function highestLevel(entries: ReviewEntry[]): OwnershipLevel | null {
  let best: OwnershipLevel | null = null;
  for (const e of entries) if (levelRank(e.level) > levelRank(best)) best = e.level;
  return best;
}

/** The level whose share changed the most (exact shares; ties to the higher level), or null without a comparison. */
export function mostChangedLevel(current: LevelShares, previous: LevelShares): OwnershipLevel | null {
  if (current.total === 0 || previous.total === 0) return null;
  let best: OwnershipLevel | null = null;
  let bestChange = -1;
  for (const l of [...OWNERSHIP_LEVELS].reverse()) {
    // Cross-multiplied to stay in integers: |c/ct - p/pt| * ct * pt.
    const change = Math.abs(current.counts[l] * previous.total - previous.counts[l] * current.total);
    if (change > bestChange) {
      best = l;
      bestChange = change;
    }
  }
  return bestChange > 0 ? best : null;
}

/** Active key deciders who saw no live entry of the period, by name. */
export function visibilityGaps(data: ReviewData): ReviewFigures['gaps'] {
  return [...data.people.values()]
    .filter((p) => p.keyDecider && !p.archived && !data.reachedInPeriod.has(p.id))
    .map((p) => ({ id: p.id, name: p.name, direction: p.direction }));
}

/** Every figure of a review. */
export function computeFigures(data: ReviewData): ReviewFigures {
  const { entries } = data;
  const viewers = new Set(entries.flatMap((e) => e.seenBy));
  const projectRank = LEVEL_INFO.project.rank;
  return {
    entries: entries.length,
    daysJournaled: new Set(entries.map((e) => e.occurredOn)).size,
    starred: entries.filter((e) => e.starred).length,
    goalsTouched: new Set(entries.map((e) => e.goalId).filter((g) => g !== null)).size,
    projectLevelEntries: entries.filter((e) => levelRank(e.level) >= projectRank).length,
    peopleReached: viewers.size,
    highestLevel: highestLevel(entries),
    levels: { current: levelShares(countLevels(entries)), previous: levelShares(data.previousLevels) },
    gaps: visibilityGaps(data),
  };
}
