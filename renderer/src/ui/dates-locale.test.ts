/** Dates follow the locale, date format and first day of the week chosen in Settings. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildHeatmap, heatmapStart } from '../heatmap/grid';
import { periodLabel } from '../reviews/review-format';
import { inWeekOrder, weekdayNames } from '../settings/format';
import { asDatePrefs, DEFAULT_DATE_PREFS, type DatePrefs, datePrefs, setDatePrefs, subscribeDatePrefs } from './date-prefs';
import { dateTime, dayLabel, daysAgo, longDate, monthShort, shortDate, weekdaysShort, weekStart } from './dates';

const now = new Date(2025, 2, 12, 15, 30); // Wednesday 12 March 2025, local time
const prefs = (locale: DatePrefs['locale'], dateFormat: DatePrefs['dateFormat'] = 'locale', weekStartsOn: DatePrefs['weekStartsOn'] = 1): DatePrefs => ({
  locale,
  dateFormat,
  weekStartsOn,
});

afterEach(() => setDatePrefs(DEFAULT_DATE_PREFS));

describe('full dates per locale', () => {
  it('writes the weekday and date the way each language does', () => {
    expect(longDate('2025-03-03', prefs('en-US'))).toBe('Monday, March 3, 2025');
    expect(longDate('2025-03-03', prefs('en-GB'))).toBe('Monday, 3 March 2025');
    expect(longDate('2025-03-03', prefs('de'))).toBe('Montag, 3. März 2025');
    expect(longDate('2025-03-03', prefs('fr'))).toBe('lundi 3 mars 2025');
    expect(longDate('2025-03-03', prefs('es'))).toBe('lunes, 3 de marzo de 2025');
    expect(longDate('2025-03-03', prefs('ja'))).toBe('2025年3月3日月曜日');
  });

  it('leaves the year out of headings for the current year, in every locale', () => {
    expect(dayLabel('2025-03-05', now, prefs('en-US'))).toBe('Wednesday, March 5');
    expect(dayLabel('2025-03-05', now, prefs('de'))).toBe('Mittwoch, 5. März');
    expect(dayLabel('2025-03-05', now, prefs('ja'))).toBe('3月5日水曜日');
    expect(dayLabel('2024-12-31', now, prefs('fr'))).toBe('mardi 31 décembre 2024');
    expect(dayLabel('2025-03-10', now, prefs('es'))).toBe('lunes');
  });

  it('uses a chosen numeric format with the weekday in front (after, in Japanese)', () => {
    expect(longDate('2025-03-03', prefs('en-US', 'MM/dd/yyyy'))).toBe('Monday, 03/03/2025');
    expect(longDate('2025-03-04', prefs('de', 'yyyy-MM-dd'))).toBe('Dienstag, 2025-03-04');
    expect(longDate('2025-03-04', prefs('ja', 'yyyy-MM-dd'))).toBe('2025-03-04 火曜日');
    expect(dayLabel('2025-03-05', now, prefs('en-GB', 'dd/MM/yyyy'))).toBe('Wednesday, 05/03/2025');
  });

  it('refuses to invent a date for text that is not a day', () => {
    expect(longDate('2025-02-30', prefs('de'))).toBe('2025-02-30');
    expect(shortDate('soon', prefs('fr'))).toBe('soon');
    expect(dateTime('not a time', prefs('fr'))).toBe('not a time');
  });
});

describe('short dates and times', () => {
  it('follows the date format, or the language’s usual medium date', () => {
    expect(shortDate('2025-03-03', prefs('en-US'))).toBe('Mar 3, 2025');
    expect(shortDate('2025-03-03', prefs('en-GB'))).toBe('3 Mar 2025');
    expect(shortDate('2025-03-03', prefs('de'))).toBe('3. März 2025');
    expect(shortDate('2025-03-03', prefs('en-US', 'dd/MM/yyyy'))).toBe('03/03/2025');
    expect(shortDate('2025-03-03', prefs('fr', 'd MMM yyyy'))).toBe('3 mars 2025');
    expect(periodLabel({ from: '2025-01-01', to: '2025-03-31' })).toBe('Jan 1, 2025 – Mar 31, 2025');
  });

  it('writes a stored moment in local time with the locale’s clock', () => {
    const moment = new Date(2025, 2, 3, 14, 5);
    expect(dateTime(moment, prefs('en-US'))).toBe('Mar 3, 2025 2:05 PM');
    expect(dateTime(moment, prefs('de'))).toBe('3. März 2025 14:05');
    expect(dateTime(moment.toISOString(), prefs('en-GB', 'yyyy-MM-dd'))).toBe('2025-03-03 14:05');
  });

  it('names months and weekdays in the language, in week order', () => {
    expect(monthShort('2025-03-01', prefs('de'))).toBe('Mär');
    expect(weekdaysShort(prefs('en-US', 'locale', 0))).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(weekdaysShort(prefs('de', 'locale', 1))[0]).toBe('Mo.');
    expect(weekdaysShort(prefs('en-GB', 'locale', 6)).slice(0, 2)).toEqual(['Sat', 'Sun']);
  });

  it('says a future day by its short date', () => {
    expect(daysAgo('2025-04-01', now, prefs('de'))).toBe('on 1. Apr. 2025');
  });
});

describe('first day of the week', () => {
  it('finds the start of the week holding a day', () => {
    expect(weekStart('2025-03-12', prefs('en-US', 'locale', 1))).toBe('2025-03-10'); // Wednesday → Monday
    expect(weekStart('2025-03-12', prefs('en-US', 'locale', 0))).toBe('2025-03-09'); // → Sunday
    expect(weekStart('2025-03-12', prefs('en-US', 'locale', 6))).toBe('2025-03-08'); // → Saturday
    expect(weekStart('2025-03-09', prefs('en-US', 'locale', 1))).toBe('2025-03-03'); // a Sunday ends a Monday week
    expect(weekStart('2025-03-09', prefs('en-US', 'locale', 0))).toBe('2025-03-09'); // …and starts a Sunday week
    expect(weekStart('2025-03-31', prefs('de', 'locale', 1))).toBe('2025-03-31'); // the Monday after the EU clock change
  });

  it('lays the heatmap out in weeks from the chosen day', () => {
    expect(heatmapStart('2025-03-12', 1, prefs('en-US', 'locale', 0))).toBe('2025-03-09');
    const sunday = buildHeatmap([], '2025-03-12', 2, prefs('en-US', 'locale', 0));
    expect(sunday.weeks[0]![0]!.day).toBe('2025-03-02');
    expect(sunday.weeks[1]!.map((c) => c.day)).toEqual([
      '2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15',
    ]);
    const monday = buildHeatmap([], '2025-03-12', 2, prefs('en-US', 'locale', 1));
    expect(monday.weeks[1]![0]!.day).toBe('2025-03-10');
  });

  it('lists weekdays for pickers from the chosen first day, keeping each day’s number', () => {
    const monday = inWeekOrder(weekdayNames('fr'), 1);
    expect(monday[0]).toEqual({ name: 'lundi', day: 1 });
    expect(monday[6]).toEqual({ name: 'dimanche', day: 0 });
    expect(inWeekOrder(weekdayNames('en-US'), 0).map((d) => d.day)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('labels heatmap months in the chosen language', () => {
    const map = buildHeatmap([], '2025-03-12', 6, prefs('fr'));
    expect(map.months.map((m) => m.label)).toEqual(['mars']);
  });
});

describe('the current preferences', () => {
  it('apply to every writer and tell subscribers once per real change', () => {
    const seen: DatePrefs[] = [];
    const stop = subscribeDatePrefs(() => seen.push(datePrefs()));
    setDatePrefs(prefs('de', 'locale', 0));
    setDatePrefs(prefs('de', 'locale', 0));
    expect(seen).toHaveLength(1);
    expect(longDate('2025-03-03')).toBe('Montag, 3. März 2025');
    expect(weekStart('2025-03-12')).toBe('2025-03-09');
    stop();
    setDatePrefs(prefs('ja'));
    expect(seen).toHaveLength(1);
  });

  it('ignore values that are not valid preferences', () => {
    setDatePrefs({ locale: 'xx', dateFormat: 'locale', weekStartsOn: 1 } as unknown as DatePrefs);
    expect(datePrefs()).toEqual(DEFAULT_DATE_PREFS);
    expect(asDatePrefs({ locale: 'de', dateFormat: 'locale', weekStartsOn: 7 })).toBeNull();
    expect(asDatePrefs({ locale: 'de', dateFormat: 'dd.MM.yy', weekStartsOn: 1 })).toBeNull();
  });
});
