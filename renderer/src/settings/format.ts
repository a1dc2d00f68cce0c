/** How the chosen locale and date format write a day, for the Settings preview. */
import { format } from 'date-fns';
import type { AppLocale, DateFormat, Weekday } from '../../../common/contract/settings';
import { LOCALE_OBJECTS } from '../ui/date-prefs';
import { formatDate } from '../ui/dates';

/** Names shown in the locale picker. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  'en-US': 'English (United States)',
  'en-GB': 'English (United Kingdom)',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
};

/** A date written with a format and locale ('locale' uses the locale's own medium date, "PP"). */
export function formatWith(date: Date, dateFormat: DateFormat, locale: AppLocale): string {
  return formatDate(date, { dateFormat, locale, weekStartsOn: 1 });
}

/** Weekday names in the given locale, Sunday first (date-fns numbering). */
export function weekdayNames(locale: AppLocale): string[] {
  // 4 January 1970 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format(new Date(1970, 0, 4 + i, 12), 'EEEE', { locale: LOCALE_OBJECTS[locale] }));
}

/** Weekday names (Sunday first) listed from the chosen first day of the week, each with its number. */
export function inWeekOrder(names: readonly string[], weekStartsOn: number): { name: string; day: Weekday }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = ((weekStartsOn + i) % 7) as Weekday;
    return { name: names[day] ?? String(day), day };
  });
}
