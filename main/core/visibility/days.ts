/**
 * Day arithmetic for visibility figures. Days are local calendar days (YYYY-MM-DD) parsed to
 * local midnights, so a DST change never makes a week 6.96 days long.
 */
import { addDays, differenceInCalendarDays, format, parseISO, subDays } from 'date-fns';
import type { Recency } from '../../../common/contract';

const DAY = 'yyyy-MM-dd';

/** Calendar days from `earlier` to `later` (negative when `earlier` is after `later`). */
export function daysBetween(earlier: string, later: string): number {
  return differenceInCalendarDays(parseISO(later), parseISO(earlier));
}

/** The day `n` days before `day`. */
export function daysBefore(day: string, n: number): string {
  return format(subDays(parseISO(day), n), DAY);
}

/** The day `n` days after `day`. */
export function daysAfter(day: string, n: number): string {
  return format(addDays(parseISO(day), n), DAY);
}

/** The recency bucket for a number of days since someone last saw the work. */
export function recencyOf(daysSince: number | null): Recency {
  if (daysSince === null) return 'never';
  if (daysSince <= 30) return 'recent30';
  if (daysSince <= 90) return 'recent90';
  return 'older';
}

/** "12 Nov", or "12 Nov 2025" when not in the year of `today`. */
export function shortDay(day: string, today: string): string {
  return format(parseISO(day), day.slice(0, 4) === today.slice(0, 4) ? 'd MMM' : 'd MMM yyyy');
}

/** "12 Nov 2025". */
export function fullDay(day: string): string {
  return format(parseISO(day), 'd MMM yyyy');
}

/** "1 Jan – 31 Mar 2026", "3 Nov 2025 – 31 Jan 2026" or "12 Nov 2025" for one day. */
export function dayRange(from: string, to: string): string {
  if (from === to) return fullDay(from);
  const start = from.slice(0, 4) === to.slice(0, 4) ? 'd MMM' : 'd MMM yyyy';
  return `${format(parseISO(from), start)} – ${fullDay(to)}`;
}
