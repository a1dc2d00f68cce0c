/** Calendar days as the journal stores them (`YYYY-MM-DD`, local time) and how they read to a person. */
import { addDays, differenceInCalendarDays, format, formatDistanceStrict, isValid, parse } from 'date-fns';

const DAY = 'yyyy-MM-dd';

/** The local calendar day of a moment, `YYYY-MM-DD`. */
export function toDay(date: Date): string {
  return format(date, DAY);
}

/** Parses `YYYY-MM-DD` as a local date (midnight), or null if it is not a real day. */
export function parseDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = parse(day, DAY, new Date(2000, 0, 1));
  return isValid(d) && format(d, DAY) === day ? d : null;
}

/** A day shifted by whole days, `YYYY-MM-DD`. */
export function shiftDay(day: string, days: number): string {
  const d = parseDay(day);
  return d ? toDay(addDays(d, days)) : day;
}

/**
 * How a day heads a group of entries: "Today", "Yesterday", the weekday within the last
 * week, else the full date (the year only when it is not the current one).
 */
export function dayLabel(day: string, now: Date): string {
  const d = parseDay(day);
  if (!d) return day;
  const ago = differenceInCalendarDays(now, d);
  if (ago === 0) return 'Today';
  if (ago === 1) return 'Yesterday';
  if (ago > 1 && ago < 7) return format(d, 'EEEE');
  return d.getFullYear() === now.getFullYear() ? format(d, 'EEEE, d MMMM') : format(d, 'EEEE, d MMMM yyyy');
}

/** A full, unambiguous date for tooltips and accessible names: "Monday, 3 March 2025". */
export function longDate(day: string): string {
  const d = parseDay(day);
  return d ? format(d, 'EEEE, d MMMM yyyy') : day;
}

/** "today", "yesterday", "3 days ago", "5 months ago": when someone last saw your work. */
export function daysAgo(day: string, now: Date): string {
  const d = parseDay(day);
  if (!d) return day;
  const ago = differenceInCalendarDays(now, d);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  if (ago < 0) return `on ${format(d, 'd MMM yyyy')}`;
  return `${formatDistanceStrict(d, addDays(d, ago), { unit: ago < 31 ? 'day' : ago < 365 ? 'month' : 'year', roundingMethod: 'floor' })} ago`;
}
