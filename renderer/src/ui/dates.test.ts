import { describe, expect, it } from 'vitest';
import type { DatePrefs } from './date-prefs';
import { dayDetail, dayLabel, daysAgo, inFuture, longDate, parseDay, shiftDay, toDay } from './dates';

const now = new Date(2025, 2, 12, 15, 30); // Wednesday 12 March 2025, local time
const GB: DatePrefs = { locale: 'en-GB', dateFormat: 'locale', weekStartsOn: 1 };

describe('day labels', () => {
  it('says Today and Yesterday for the two most recent days', () => {
    expect(dayLabel('2025-03-12', now)).toBe('Today');
    expect(dayLabel('2025-03-11', now)).toBe('Yesterday');
  });

  it('uses the weekday within the last week, then the full date', () => {
    expect(dayLabel('2025-03-10', now)).toBe('Monday');
    expect(dayLabel('2025-03-06', now)).toBe('Thursday');
    expect(dayLabel('2025-03-05', now, GB)).toBe('Wednesday, 5 March');
  });

  it('adds the year only for other years', () => {
    expect(dayLabel('2024-12-31', now, GB)).toBe('Tuesday, 31 December 2024');
  });

  it('shows a backfilled future day by its date, not as a weekday', () => {
    expect(dayLabel('2025-03-14', now, GB)).toBe('Friday, 14 March');
  });

  it('crosses a daylight-saving change without skipping a day', () => {
    const afterDst = new Date(2025, 2, 31, 0, 30); // Europe moves clocks on 30 March
    expect(dayLabel('2025-03-30', afterDst)).toBe('Yesterday');
  });
});

describe('calendar days', () => {
  it('formats and parses local days', () => {
    expect(toDay(now)).toBe('2025-03-12');
    expect(parseDay('2025-03-12')?.getDate()).toBe(12);
  });

  it('refuses days that do not exist', () => {
    expect(parseDay('2025-02-30')).toBeNull();
    expect(parseDay('12/03/2025')).toBeNull();
  });

  it('shifts across month and year ends', () => {
    expect(shiftDay('2025-03-01', -1)).toBe('2025-02-28');
    expect(shiftDay('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('writes full dates for accessible names', () => {
    expect(longDate('2025-03-03', GB)).toBe('Monday, 3 March 2025');
  });

  it('says how long ago someone last saw the work', () => {
    expect(daysAgo('2025-03-12', now)).toBe('today');
    expect(daysAgo('2025-03-11', now)).toBe('yesterday');
    expect(daysAgo('2025-03-02', now)).toBe('10 days ago');
    expect(daysAgo('2024-11-01', now)).toBe('4 months ago');
    expect(daysAgo('2022-01-01', now)).toBe('3 years ago');
  });
});

describe('inFuture', () => {
  it('says how far ahead a day is, and nothing for today or the past', () => {
    expect(inFuture('2025-03-12', '2025-03-12')).toBeNull();
    expect(inFuture('2025-03-01', '2025-03-12')).toBeNull();
    expect(inFuture('2025-03-13', '2025-03-12')).toBe('tomorrow');
    expect(inFuture('2025-03-17', '2025-03-12')).toBe('in 5 days');
    expect(inFuture('2025-06-12', '2025-03-12')).toBe('in 3 months');
    expect(inFuture('2027-03-20', '2025-03-12')).toBe('in 2 years');
  });
});

describe('dayDetail', () => {
  it('never repeats what the day heading says', () => {
    expect(dayDetail('2025-03-12', now)).toBe('Wednesday, March 12, 2025');
    expect(dayDetail('2025-03-11', now)).toBe('Tuesday, March 11, 2025');
    // The heading says "Sunday": the line under it gives the date only.
    expect(dayLabel('2025-03-09', now)).toBe('Sunday');
    expect(dayDetail('2025-03-09', now)).toBe('March 9, 2025');
    expect(dayDetail('2025-03-09', now, GB)).toBe('9 March 2025');
    // An older heading is the full date already.
    expect(dayDetail('2025-02-01', now)).toBeNull();
  });
});
