/**
 * Review-cycle maths: which review dates fall around a day, how far away the next one is,
 * and the period "since the last cycle" a draft should cover. Pure; days are local dates at
 * noon (see review/periods.ts), so DST and time zones never shift a day.
 */
import { addMonths, differenceInCalendarDays, differenceInCalendarMonths, subDays, subMonths } from 'date-fns';
import type { CycleStatus, DayRange, ReviewCycle } from '../../../common/contract';
import { dateToDay, dayToDate } from '../review/periods';

/** How many days before a review Today starts saying so. */
export const CYCLE_LEAD_DAYS = 14;

/** Used as the start of the period when no earlier review date is known. */
const FALLBACK_CYCLE_MONTHS = 6;

/** The review date before and the one on or after `today`. */
export function cycleAround(cycle: ReviewCycle, today: string): { previous: string | null; next: string | null } | null {
  if (cycle.kind === 'none') return null;
  if (cycle.kind === 'dates') {
    const next = cycle.dates.find((d) => d >= today) ?? null;
    const before = cycle.dates.filter((d) => d < today);
    return { previous: before[before.length - 1] ?? null, next };
  }
  // Every N months from an anchor: date k is anchor + k·N months, each computed from the
  // anchor itself so month-end clamping (31 Jan → 28 Feb) never drifts.
  const anchor = dayToDate(cycle.from);
  const at = (k: number) => dateToDay(addMonths(anchor, k * cycle.months));
  let k = Math.floor(differenceInCalendarMonths(dayToDate(today), anchor) / cycle.months) - 1;
  while (at(k) >= today) k -= 1;
  while (at(k + 1) < today) k += 1;
  return { previous: at(k), next: at(k + 1) };
}

/** The days a review on `next` covers: from the previous review date to the day before `next`. */
export function cyclePeriod(cycle: ReviewCycle, today: string): DayRange | null {
  const around = cycleAround(cycle, today);
  if (!around) return null;
  const { previous, next } = around;
  if (next === null) return { from: previous!, to: today };
  const to = dateToDay(subDays(dayToDate(next), 1));
  const from = previous ?? dateToDay(subMonths(dayToDate(next), FALLBACK_CYCLE_MONTHS));
  return { from: from > to ? to : from, to };
}

/** Where the cycle stands on `today`; null when no cycle is set. */
export function cycleStatus(cycle: ReviewCycle, today: string): CycleStatus | null {
  const around = cycleAround(cycle, today);
  const period = cyclePeriod(cycle, today);
  if (!around || !period) return null;
  const daysUntil = around.next === null ? null : differenceInCalendarDays(dayToDate(around.next), dayToDate(today));
  return {
    next: around.next,
    previous: around.previous,
    daysUntil,
    dueSoon: daysUntil !== null && daysUntil <= CYCLE_LEAD_DAYS,
    period,
  };
}
