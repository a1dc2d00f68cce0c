import { describe, expect, it } from 'vitest';
import { restoreTimeZoneAfterEach } from '../test-helpers';
import { periodFor, periodOptions, previousPeriod } from './periods';

restoreTimeZoneAfterEach();

// Zones with DST at midnight (São Paulo in 2018, Havana), half-hour offsets, and far from UTC.
const ZONES = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'America/Havana', 'America/St_Johns', 'Pacific/Auckland'];

describe.each(ZONES)('period presets in %s', (zone) => {
  it('really runs in that zone', () => {
    process.env.TZ = zone;
    const offset = new Date(2025, 0, 15, 12).getTimezoneOffset();
    expect(zone === 'UTC' ? offset === 0 : offset !== 0).toBe(true);
  });

  it('last 6 months ends today and starts the day after the same day six months ago', () => {
    process.env.TZ = zone;
    expect(periodFor('last-6-months', '2025-06-20')).toEqual({ from: '2024-12-21', to: '2025-06-20' });
    // 31 August minus six months is 28 February (no 31st): the range starts on 1 March.
    expect(periodFor('last-6-months', '2025-08-31')).toEqual({ from: '2025-03-01', to: '2025-08-31' });
    expect(periodFor('last-6-months', '2024-08-31')).toEqual({ from: '2024-03-01', to: '2024-08-31' });
    expect(periodFor('last-6-months', '2025-03-31')).toEqual({ from: '2024-10-01', to: '2025-03-31' });
  });

  it('this half-year is the whole of January–June or July–December', () => {
    process.env.TZ = zone;
    expect(periodFor('this-half', '2025-01-01')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(periodFor('this-half', '2025-06-30')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(periodFor('this-half', '2025-07-01')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(periodFor('this-half', '2025-12-31')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });

  it('this quarter is the whole calendar quarter', () => {
    process.env.TZ = zone;
    expect(periodFor('this-quarter', '2024-02-29')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodFor('this-quarter', '2025-05-15')).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(periodFor('this-quarter', '2025-12-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('year to date and last year', () => {
    process.env.TZ = zone;
    expect(periodFor('year-to-date', '2025-06-20')).toEqual({ from: '2025-01-01', to: '2025-06-20' });
    expect(periodFor('year-to-date', '2025-01-01')).toEqual({ from: '2025-01-01', to: '2025-01-01' });
    expect(periodFor('last-year', '2025-01-01')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodFor('last-year', '2018-11-04')).toEqual({ from: '2017-01-01', to: '2017-12-31' });
  });

  it('days around a daylight-saving change are neither skipped nor repeated', () => {
    process.env.TZ = zone;
    // São Paulo skipped midnight on 4 Nov 2018; Berlin and Havana change in March.
    expect(periodFor('year-to-date', '2018-11-04')).toEqual({ from: '2018-01-01', to: '2018-11-04' });
    expect(periodFor('last-6-months', '2019-05-04')).toEqual({ from: '2018-11-05', to: '2019-05-04' });
    expect(previousPeriod({ from: '2018-11-04', to: '2018-11-10' })).toEqual({ from: '2018-10-28', to: '2018-11-03' });
    expect(previousPeriod({ from: '2025-03-30', to: '2025-04-05' })).toEqual({ from: '2025-03-23', to: '2025-03-29' });
    expect(previousPeriod({ from: '2025-03-30', to: '2025-03-30' })).toEqual({ from: '2025-03-29', to: '2025-03-29' });
  });

  it('the previous period has the same number of days and ends the day before', () => {
    process.env.TZ = zone;
    // January–June 2025 has 181 days.
    expect(previousPeriod({ from: '2025-01-01', to: '2025-06-30' })).toEqual({ from: '2024-07-04', to: '2024-12-31' });
    expect(previousPeriod({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2024-12-31', to: '2025-03-31' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-01-30', to: '2024-02-29' });
  });
});

describe('since the last saved review', () => {
  it('runs from the day after the last review to today', () => {
    expect(periodFor('since-last-review', '2025-06-20', { lastReviewEnd: '2025-03-31' })).toEqual({
      from: '2025-04-01',
      to: '2025-06-20',
    });
    expect(periodFor('since-last-review', '2025-01-05', { lastReviewEnd: '2024-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-01-05',
    });
  });

  it('is refused without a saved review, or when the last one already reaches today', () => {
    expect(() => periodFor('since-last-review', '2025-06-20')).toThrow(/no saved review/);
    expect(() => periodFor('since-last-review', '2025-06-20', { lastReviewEnd: '2025-06-20' })).toThrow(/already covers/);
  });
});

describe('custom ranges and cycles', () => {
  it('a custom range is taken as given, and refused when incomplete or reversed', () => {
    expect(periodFor('custom', '2025-06-20', { customFrom: '2023-02-01', customTo: '2023-02-01' })).toEqual({
      from: '2023-02-01',
      to: '2023-02-01',
    });
    expect(() => periodFor('custom', '2025-06-20', { customFrom: '2023-02-01' })).toThrow(/needs both/);
    expect(() => periodFor('custom', '2025-06-20', { customFrom: '2023-02-02', customTo: '2023-02-01' })).toThrow(/after/);
  });

  it('a year starting in April moves halves, quarters and years with it', () => {
    const april = { cycle: 4 };
    expect(periodFor('this-half', '2025-02-10', april)).toEqual({ from: '2024-10-01', to: '2025-03-31' });
    expect(periodFor('this-half', '2025-04-01', april)).toEqual({ from: '2025-04-01', to: '2025-09-30' });
    expect(periodFor('this-quarter', '2025-02-10', april)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(periodFor('year-to-date', '2025-02-10', april)).toEqual({ from: '2024-04-01', to: '2025-02-10' });
    expect(periodFor('year-to-date', '2025-04-01', april)).toEqual({ from: '2025-04-01', to: '2025-04-01' });
    expect(periodFor('last-year', '2025-02-10', april)).toEqual({ from: '2023-04-01', to: '2024-03-31' });
  });

  it('a year starting in a month that does not divide into quarters still gives three-month quarters', () => {
    expect(periodFor('this-quarter', '2025-01-15', { cycle: 11 })).toEqual({ from: '2024-11-01', to: '2025-01-31' });
    expect(periodFor('this-half', '2025-01-15', { cycle: 11 })).toEqual({ from: '2024-11-01', to: '2025-04-30' });
  });
});

describe('period options', () => {
  it('lists every preset but custom, with "since the last review" only when there is one to follow', () => {
    const without = periodOptions('2025-06-20');
    expect(without.map((o) => o.preset)).toEqual(['last-6-months', 'this-half', 'this-quarter', 'year-to-date', 'last-year']);
    expect(without[1]).toEqual({ preset: 'this-half', label: 'This half-year', from: '2025-01-01', to: '2025-06-30' });
    const after = periodOptions('2025-06-20', { lastReviewEnd: '2024-12-31' });
    expect(after.find((o) => o.preset === 'since-last-review')).toMatchObject({ from: '2025-01-01', to: '2025-06-20' });
    expect(periodOptions('2025-06-20', { lastReviewEnd: '2025-06-30' }).some((o) => o.preset === 'since-last-review')).toBe(false);
  });
});
