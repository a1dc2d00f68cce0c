/** How the chosen locale and date format write a day, for the Settings preview. */
import { format, type Locale } from 'date-fns';
import { de, enGB, enUS, es, fr, ja } from 'date-fns/locale';
import type { AppLocale, DateFormat } from '../../../common/contract/settings';

const LOCALE_OBJECTS: Record<AppLocale, Locale> = { 'en-US': enUS, 'en-GB': enGB, de, fr, es, ja };

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
  return format(date, dateFormat === 'locale' ? 'PP' : dateFormat, { locale: LOCALE_OBJECTS[locale] });
}

/** Weekday names in the given locale, Sunday first (date-fns numbering). */
export function weekdayNames(locale: AppLocale): string[] {
  // 4 January 1970 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format(new Date(1970, 0, 4 + i, 12), 'EEEE', { locale: LOCALE_OBJECTS[locale] }));
}
