/**
 * The days people type on the command line, turned into local calendar days (YYYY-MM-DD):
 * `2026-03-09`, `today`, `yesterday`, a weekday (`monday`, `mon`, `last monday`: the most
 * recent one strictly before today, so on a Monday "monday" is a week ago) and
 * `3 days ago` / `2 weeks ago` / `1 month ago` / `1 year ago`. Days are computed at local
 * noon so daylight-saving changes never skip or repeat one.
 */
import { addDays, format, isValid, parse, previousDay, subDays, subMonths, subWeeks, subYears, type Day as WeekdayNumber } from 'date-fns';
import { userError } from './errors';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** What every date flag accepts, for error messages and help. */
export const DATE_FORMS = 'YYYY-MM-DD, today, yesterday, a weekday (monday) or "3 days ago"';

/** A local date as YYYY-MM-DD. */
export function toDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** `now`'s local calendar day at noon. */
export function noonOf(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
}

/** Reads a day typed for `flag`; throws a user error naming the flag and the accepted forms. */
export function parseDay(text: string, now: Date, flag: string): string {
  const day = readDay(text.trim().toLowerCase().replace(/\s+/g, ' '), noonOf(now));
  if (day === null) throw userError(`${flag}: "${text}" is not a date. Use ${DATE_FORMS}.`, 'invalid_date');
  return day;
}

function readDay(text: string, today: Date): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = parse(text, 'yyyy-MM-dd', today);
    // parse() rejects 2026-02-30; the year range matches the contract's.
    return isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2999 ? toDay(date) : null;
  }
  if (text === 'today') return toDay(today);
  if (text === 'yesterday') return toDay(subDays(today, 1));
  const weekday = weekdayNumber(text.replace(/^last /, ''));
  if (weekday !== null) return toDay(previousDay(today, weekday));
  const ago = /^(\d{1,4}|a|an|one) (day|week|month|year)s? ago$/.exec(text);
  if (ago) {
    const n = /^\d/.test(ago[1]!) ? Number(ago[1]) : 1;
    const back = { day: subDays, week: subWeeks, month: subMonths, year: subYears }[ago[2] as 'day' | 'week' | 'month' | 'year'];
    return toDay(back(today, n));
  }
  return null;
}

function weekdayNumber(text: string): WeekdayNumber | null {
  if (text.length < 3) return null;
  const i = WEEKDAYS.findIndex((name) => name === text || (text.length === 3 && name.startsWith(text)));
  return i < 0 ? null : (i as WeekdayNumber);
}

/** A span like `6m`, `90d`, `2w`, `1y` (or `6 months`), for `--last`. */
export interface Span {
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

/** Reads `--last`'s value. */
export function parseSpan(text: string, flag: string): Span {
  const m = /^(\d{1,4}) ?(d|days?|w|weeks?|m|months?|y|years?)$/.exec(text.trim().toLowerCase());
  const amount = m ? Number(m[1]) : 0;
  if (!m || amount < 1) {
    throw userError(`${flag}: "${text}" is not a length of time. Use a number and d, w, m or y, like 90d or 6m.`, 'invalid_date');
  }
  const unit = ({ d: 'day', w: 'week', m: 'month', y: 'year' } as const)[m[2]![0] as 'd' | 'w' | 'm' | 'y'];
  return { amount, unit };
}

/** The days a span covers, ending today: the same rule as the app's "last 6 months" (today minus 6 months, plus one day). */
export function spanRange(span: Span, now: Date): { from: string; to: string } {
  const today = noonOf(now);
  const back = { day: subDays, week: subWeeks, month: subMonths, year: subYears }[span.unit];
  return { from: toDay(addDays(back(today, span.amount), 1)), to: toDay(today) };
}
