/**
 * The date preferences every view writes dates with (locale, date format, first day of the
 * week), from the journal's settings. Kept at module level so plain functions (ui/dates.ts)
 * can read them; views re-render through `useDatePrefs` when Settings changes them. The last
 * value is cached in localStorage so the next start paints dates right before the journal answers.
 */
import { useSyncExternalStore } from 'react';
import type { Locale } from 'date-fns';
import { de, enGB, enUS, es, fr, ja } from 'date-fns/locale';
import { type AppLocale, DATE_FORMATS, type DateFormat, DEFAULT_SETTINGS, LOCALES, type Weekday } from '../../../common/contract/settings';

export interface DatePrefs {
  locale: AppLocale;
  dateFormat: DateFormat;
  weekStartsOn: Weekday;
}

/** The date-fns locale objects the app ships (only these are bundled). */
export const LOCALE_OBJECTS: Record<AppLocale, Locale> = { 'en-US': enUS, 'en-GB': enGB, de, fr, es, ja };

/** What dates look like before the journal's settings are known. */
export const DEFAULT_DATE_PREFS: DatePrefs = {
  locale: DEFAULT_SETTINGS.locale,
  dateFormat: DEFAULT_SETTINGS.dateFormat,
  weekStartsOn: DEFAULT_SETTINGS.weekStartsOn,
};

const STORAGE_KEY = 'scopebook.datePrefs';

/** The preferences in a value, or null when it is not a valid set (e.g. an old cache). */
export function asDatePrefs(value: unknown): DatePrefs | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const ok =
    (LOCALES as readonly unknown[]).includes(v.locale) &&
    (DATE_FORMATS as readonly unknown[]).includes(v.dateFormat) &&
    typeof v.weekStartsOn === 'number' &&
    Number.isInteger(v.weekStartsOn) &&
    v.weekStartsOn >= 0 &&
    v.weekStartsOn <= 6;
  return ok ? { locale: v.locale as AppLocale, dateFormat: v.dateFormat as DateFormat, weekStartsOn: v.weekStartsOn as Weekday } : null;
}

function cached(): DatePrefs | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    return raw ? asDatePrefs(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

let current: DatePrefs = cached() ?? DEFAULT_DATE_PREFS;
const listeners = new Set<() => void>();

/** The preferences in force now. */
export function datePrefs(): DatePrefs {
  return current;
}

/** Switches the preferences (from the journal's settings); views using `useDatePrefs` re-render. */
export function setDatePrefs(next: DatePrefs): void {
  const clean = asDatePrefs(next);
  if (!clean) return;
  if (clean.locale === current.locale && clean.dateFormat === current.dateFormat && clean.weekStartsOn === current.weekStartsOn) return;
  current = clean;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(clean));
  } catch {
    // Storage may be unavailable; the journal's setting still applies after it loads.
  }
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after each change; returns a function that stops it. */
export function subscribeDatePrefs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The preferences, re-rendering the component when they change. */
export function useDatePrefs(): DatePrefs {
  return useSyncExternalStore(subscribeDatePrefs, datePrefs, datePrefs);
}
