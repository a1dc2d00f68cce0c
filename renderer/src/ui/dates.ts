/**
 * Calendar days as the journal stores them (`YYYY-MM-DD`, local time) and how they read to a
 * person, in the locale, date format and week start chosen in Settings (ui/date-prefs.ts).
 * Every writer takes the preferences as an optional last argument (tests pass them; views use
 * the current ones).
 */
import { addDays, differenceInCalendarDays, format, formatDistanceStrict, isValid, parse, startOfWeek } from 'date-fns';
import type { AppLocale } from '../../../common/contract/settings';
import { type DatePrefs, datePrefs, LOCALE_OBJECTS } from './date-prefs';

const DAY = 'yyyy-MM-dd';

/** A full date with the weekday, per locale (the way each language writes it in prose). */
const LONG: Record<AppLocale, string> = {
  'en-US': 'EEEE, MMMM d, yyyy',
  'en-GB': 'EEEE, d MMMM yyyy',
  de: 'EEEE, d. MMMM yyyy',
  fr: 'EEEE d MMMM yyyy',
  es: "EEEE, d 'de' MMMM 'de' yyyy",
  ja: 'yyyy年M月d日EEEE',
};

/** The same without the year, for days of the current year. */
const LONG_THIS_YEAR: Record<AppLocale, string> = {
  'en-US': 'EEEE, MMMM d',
  'en-GB': 'EEEE, d MMMM',
  de: 'EEEE, d. MMMM',
  fr: 'EEEE d MMMM',
  es: "EEEE, d 'de' MMMM",
  ja: 'M月d日EEEE',
};

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

/** The first day of the week holding `day` (weeks start on the chosen weekday). */
export function weekStart(day: string, prefs: DatePrefs = datePrefs()): string {
  const d = parseDay(day);
  return d ? toDay(startOfWeek(d, { weekStartsOn: prefs.weekStartsOn })) : day;
}

/** A date in the chosen date format ('locale' = the language's usual medium date): "3 Mar 2025", "03/03/2025". */
export function formatDate(date: Date, prefs: DatePrefs = datePrefs()): string {
  return format(date, prefs.dateFormat === 'locale' ? 'PP' : prefs.dateFormat, { locale: LOCALE_OBJECTS[prefs.locale] });
}

/** A day (`YYYY-MM-DD`) in the chosen date format, for compact places (periods, lists). */
export function shortDate(day: string, prefs: DatePrefs = datePrefs()): string {
  const d = parseDay(day);
  return d ? formatDate(d, prefs) : day;
}

/** A moment (a stored timestamp) as the chosen date format and the locale's short time. */
export function dateTime(moment: string | Date, prefs: DatePrefs = datePrefs()): string {
  const d = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(d.getTime())) return String(moment);
  return `${formatDate(d, prefs)} ${format(d, 'p', { locale: LOCALE_OBJECTS[prefs.locale] })}`;
}

/** The weekday's name in the chosen language: "Monday", "Montag". */
function weekday(d: Date, prefs: DatePrefs): string {
  return format(d, 'EEEE', { locale: LOCALE_OBJECTS[prefs.locale] });
}

/** A weekday with a date in a chosen numeric format: "Monday, 03/03/2025" (Japanese: date first). */
function withWeekday(d: Date, prefs: DatePrefs): string {
  const date = format(d, prefs.dateFormat, { locale: LOCALE_OBJECTS[prefs.locale] });
  return prefs.locale === 'ja' ? `${date} ${weekday(d, prefs)}` : `${weekday(d, prefs)}, ${date}`;
}

/**
 * How a day heads a group of entries: "Today", "Yesterday", the weekday within the last
 * week, else the full date (the year only when it is not the current one).
 */
export function dayLabel(day: string, now: Date, prefs: DatePrefs = datePrefs()): string {
  const d = parseDay(day);
  if (!d) return day;
  const ago = differenceInCalendarDays(now, d);
  if (ago === 0) return 'Today';
  if (ago === 1) return 'Yesterday';
  if (ago > 1 && ago < 7) return weekday(d, prefs);
  if (prefs.dateFormat !== 'locale') return withWeekday(d, prefs);
  const pattern = d.getFullYear() === now.getFullYear() ? LONG_THIS_YEAR[prefs.locale] : LONG[prefs.locale];
  return format(d, pattern, { locale: LOCALE_OBJECTS[prefs.locale] });
}

/** A date without its weekday, per locale. */
const DATE_ONLY: Record<AppLocale, string> = {
  'en-US': 'MMMM d, yyyy',
  'en-GB': 'd MMMM yyyy',
  de: 'd. MMMM yyyy',
  fr: 'd MMMM yyyy',
  es: "d 'de' MMMM 'de' yyyy",
  ja: 'yyyy年M月d日',
};

/**
 * The line under a day heading (dayLabel), saying only what the heading does not: the full
 * date under "Today" and "Yesterday", the date without its weekday under a weekday, and
 * nothing under a heading that already is the full date.
 */
export function dayDetail(day: string, now: Date, prefs: DatePrefs = datePrefs()): string | null {
  const d = parseDay(day);
  if (!d) return null;
  const ago = differenceInCalendarDays(now, d);
  if (ago === 0 || ago === 1) return longDate(day, prefs);
  if (ago > 1 && ago < 7) return prefs.dateFormat === 'locale' ? format(d, DATE_ONLY[prefs.locale], { locale: LOCALE_OBJECTS[prefs.locale] }) : formatDate(d, prefs);
  return null;
}

/** A full, unambiguous date for headings, tooltips and accessible names: "Monday, March 3, 2025". */
export function longDate(day: string, prefs: DatePrefs = datePrefs()): string {
  const d = parseDay(day);
  if (!d) return day;
  return prefs.dateFormat === 'locale' ? format(d, LONG[prefs.locale], { locale: LOCALE_OBJECTS[prefs.locale] }) : withWeekday(d, prefs);
}

/** A month's short name in the chosen language: "Mar", "März". */
export function monthShort(day: string, prefs: DatePrefs = datePrefs()): string {
  const d = parseDay(day);
  return d ? format(d, 'LLL', { locale: LOCALE_OBJECTS[prefs.locale] }) : day;
}

/** Short weekday names in the chosen language, in week order from the chosen first day. */
export function weekdaysShort(prefs: DatePrefs = datePrefs()): string[] {
  // 4 January 1970 was a Sunday.
  return Array.from({ length: 7 }, (_, i) =>
    format(new Date(1970, 0, 4 + ((prefs.weekStartsOn + i) % 7), 12), 'EEE', { locale: LOCALE_OBJECTS[prefs.locale] }),
  );
}

/** "today", "yesterday", "3 days ago", "5 months ago": when someone last saw your work. */
export function daysAgo(day: string, now: Date, prefs: DatePrefs = datePrefs()): string {
  const d = parseDay(day);
  if (!d) return day;
  const ago = differenceInCalendarDays(now, d);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  if (ago < 0) return `on ${shortDate(day, prefs)}`;
  return `${formatDistanceStrict(d, addDays(d, ago), { unit: ago < 31 ? 'day' : ago < 365 ? 'month' : 'year', roundingMethod: 'floor' })} ago`;
}

/** How far ahead of `today` a day is ("tomorrow", "in 5 days", "in 3 months"), or null when it is not in the future. */
export function inFuture(day: string, today: string): string | null {
  const d = parseDay(day);
  const t = parseDay(today);
  if (!d || !t) return null;
  const ahead = differenceInCalendarDays(d, t);
  if (ahead <= 0) return null;
  if (ahead === 1) return 'tomorrow';
  const unit = ahead < 31 ? 'day' : ahead < 365 ? 'month' : 'year';
  return `in ${formatDistanceStrict(t, d, { unit, roundingMethod: 'round' })}`;
}
