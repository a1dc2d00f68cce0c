import { addDays, addHours, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { planRotation } from './rotation';

/** One automatic backup a day at 09:00 local time for `days` days ending on `last`. */
function daily(last: Date, days: number): { name: string; takenAt: Date }[] {
  return Array.from({ length: days }, (_, i) => {
    const takenAt = addDays(last, -i);
    return { name: format(takenAt, 'yyyy-MM-dd'), takenAt };
  });
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps everything while there are fewer backups than the rules allow', () => {
    const backups = daily(new Date(2026, 2, 10, 9), 5);
    const plan = planRotation(backups);
    expect(plan.remove).toEqual([]);
    expect([...plan.keep.values()]).toEqual(['daily', 'daily', 'daily', 'daily', 'daily']);
  });

  it('after two years of daily backups keeps 7 days, then one a week for 4 weeks, then one a month', () => {
    const last = new Date(2026, 2, 10, 9); // Tuesday 10 March 2026
    const plan = planRotation(daily(last, 730));
    const kept = [...plan.keep].map(([name, kind]) => `${name} ${kind}`);
    expect(kept.slice(0, 7)).toEqual([
      '2026-03-10 daily',
      '2026-03-09 daily',
      '2026-03-08 daily',
      '2026-03-07 daily',
      '2026-03-06 daily',
      '2026-03-05 daily',
      '2026-03-04 daily',
    ]);
    // Newest of each of the last 4 ISO weeks: this week's and last week's are already kept as
    // daily backups; then the Sundays of the two weeks before.
    expect([...plan.keep].filter(([, k]) => k === 'weekly').map(([n]) => n)).toEqual(['2026-03-01', '2026-02-22']);
    // Newest of each month: March is already kept; then the last day of the 11 months before.
    expect([...plan.keep].filter(([, k]) => k === 'monthly').map(([n]) => n)).toEqual([
      '2026-02-28',
      '2026-01-31',
      '2025-12-31',
      '2025-11-30',
      '2025-10-31',
      '2025-09-30',
      '2025-08-31',
      '2025-07-31',
      '2025-06-30',
      '2025-05-31',
      '2025-04-30',
    ]);
    expect(plan.keep.size).toBe(7 + 2 + 11);
    expect(plan.remove).toHaveLength(730 - plan.keep.size);
  });

  it('keeps the newest backup of a day when there are several', () => {
    const morning = new Date(2026, 2, 10, 8);
    const backups = [
      { name: 'early', takenAt: morning },
      { name: 'late', takenAt: addHours(morning, 9) },
    ];
    const plan = planRotation(backups);
    expect([...plan.keep.keys()]).toEqual(['late']);
    expect(plan.remove).toEqual(['early']);
  });

  it('counts days that have a backup, so a gap of months does not wipe older backups', () => {
    const recent = daily(new Date(2026, 2, 10, 9), 3);
    const old = daily(new Date(2025, 5, 30, 9), 3);
    const plan = planRotation([...recent, ...old]);
    expect(plan.remove).toEqual([]);
  });
});
