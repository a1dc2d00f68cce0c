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

/** "2025-03" for each month the period touches, in order. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last || out.length > 1200) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/**
 * Runs of consecutive quiet months in the period: months with fewer entries than half
 * the period's monthly average (none at all always counts). Only for periods of three months
 * or more, where memory favours the last weeks; the current, unfinished month is not judged
 * (its last day is the period's end).
 */
export function quietMonths(data: ReviewData): ReviewFigures['quiet'] {
  const months = monthsOf(data.period.from, data.period.to);
  if (months.length < 3) return [];
  const perMonth = new Map(months.map((k) => [k, 0]));
  for (const e of data.entries) {
    const k = e.occurredOn.slice(0, 7);
    perMonth.set(k, (perMonth.get(k) ?? 0) + 1);
  }
  const average = data.entries.length / months.length;
  const quiet = (k: string) => perMonth.get(k)! === 0 || perMonth.get(k)! < average / 2;
  const runs: ReviewFigures['quiet'] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length === 0) return;
    const from = run[0]! < data.period.from.slice(0, 7) ? data.period.from : `${run[0]}-01`;
    const lastMonth = run[run.length - 1]!;
    const [y, m] = [Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7))];
    const end = `${lastMonth}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
    runs.push({
      from: from < data.period.from ? data.period.from : from,
      to: end > data.period.to ? data.period.to : end,
      months: run,
      entries: run.reduce((n, k) => n + perMonth.get(k)!, 0),
    });
    run = [];
  };
  for (const k of months) {
    if (quiet(k)) run.push(k);
    else close();
  }
  close();
  return runs;
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
    quiet: quietMonths(data),
  };
}
