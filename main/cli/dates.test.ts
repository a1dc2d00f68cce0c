import { describe, expect, it } from 'vitest';
import { parseDay, parseSpan, spanRange } from './dates';
import { CliError } from './errors';

// Tuesday 10 March 2026, 00:30 local: early in the day, to catch off-by-one-day mistakes.
const TUESDAY = new Date(2026, 2, 10, 0, 30);
// Monday 9 March 2026, late evening.
const MONDAY = new Date(2026, 2, 9, 23, 45);

describe('days typed on the command line', () => {
  it('reads ISO days, today and yesterday in local time', () => {
    expect(parseDay('2025-12-31', TUESDAY, '--date')).toBe('2025-12-31');
    expect(parseDay('today', TUESDAY, '--date')).toBe('2026-03-10');
    expect(parseDay('Yesterday', TUESDAY, '--date')).toBe('2026-03-09');
    expect(parseDay('yesterday', new Date(2026, 2, 1, 9), '--date')).toBe('2026-02-28');
  });

  it('takes a weekday as the most recent one strictly before today', () => {
    expect(parseDay('monday', TUESDAY, '--date')).toBe('2026-03-09');
    expect(parseDay('tue', TUESDAY, '--date')).toBe('2026-03-03');
    expect(parseDay('last friday', TUESDAY, '--date')).toBe('2026-03-06');
    // On a Monday, "monday" is a week ago (today is "today").
    expect(parseDay('Monday', MONDAY, '--date')).toBe('2026-03-02');
    expect(parseDay('sunday', MONDAY, '--date')).toBe('2026-03-08');
  });

  it('counts "N units ago" back from today, across month and year ends', () => {
    expect(parseDay('3 days ago', TUESDAY, '--date')).toBe('2026-03-07');
    expect(parseDay('1 day ago', TUESDAY, '--date')).toBe('2026-03-09');
    expect(parseDay('a week ago', TUESDAY, '--date')).toBe('2026-03-03');
    expect(parseDay('2 weeks ago', TUESDAY, '--date')).toBe('2026-02-24');
    expect(parseDay('1 month ago', new Date(2026, 2, 31, 12), '--date')).toBe('2026-02-28');
    expect(parseDay('11 days ago', new Date(2026, 0, 5, 12), '--date')).toBe('2025-12-25');
  });

  it('does not skip or repeat a day across a daylight-saving change', () => {
    // 29 March 2026 is the EU spring change; whatever TZ the tests run in, days stay days.
    expect(parseDay('yesterday', new Date(2026, 2, 30, 0, 10), '--date')).toBe('2026-03-29');
    expect(parseDay('2 days ago', new Date(2026, 2, 30, 23, 50), '--date')).toBe('2026-03-28');
  });

  it('refuses what is not a date, naming the flag and the accepted forms', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '03/10/2026', 'someday', 'mo', '3 fortnights ago', '', '1899-12-31']) {
      let error: unknown;
      try {
        parseDay(bad, TUESDAY, '--from');
      } catch (err) {
        error = err;
      }
      expect(error, bad).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(1);
      expect((error as CliError).message).toMatch(/^--from: ".*" is not a date\. Use YYYY-MM-DD, today, yesterday/);
    }
  });
});

describe('--last spans', () => {
  it('reads days, weeks, months and years', () => {
    expect(parseSpan('90d', '--last')).toEqual({ amount: 90, unit: 'day' });
    expect(parseSpan('6m', '--last')).toEqual({ amount: 6, unit: 'month' });
    expect(parseSpan('2 weeks', '--last')).toEqual({ amount: 2, unit: 'week' });
    expect(parseSpan('1y', '--last')).toEqual({ amount: 1, unit: 'year' });
    expect(() => parseSpan('0d', '--last')).toThrow(/--last: "0d" is not a length of time/);
    expect(() => parseSpan('six months', '--last')).toThrow(CliError);
  });

  it('ends today and starts the day after the same day N units back, like the app’s presets', () => {
    expect(spanRange({ amount: 6, unit: 'month' }, TUESDAY)).toEqual({ from: '2025-09-11', to: '2026-03-10' });
    expect(spanRange({ amount: 7, unit: 'day' }, TUESDAY)).toEqual({ from: '2026-03-04', to: '2026-03-10' });
  });
});
