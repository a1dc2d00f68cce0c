import { describe, expect, it } from 'vitest';
import type { ReviewCycle } from '../../../common/contract';
import { cycleAround, cyclePeriod, cycleStatus } from './cycle';
import { periodFor, periodOptions } from '../review/periods';
import { fails, ok, openJournal, restoreTimeZoneAfterEach } from '../test-helpers';

restoreTimeZoneAfterEach();

const every6 = { kind: 'every', months: 6, from: '2026-01-15' } as const;

describe.each(['UTC', 'America/Sao_Paulo', 'Pacific/Auckland', 'America/St_Johns'])('review cycles in %s', (zone) => {
  it('find the review dates around a day, before and after the anchor', () => {
    process.env.TZ = zone;
    expect(cycleAround(every6, '2026-03-01')).toEqual({ previous: '2026-01-15', next: '2026-07-15' });
    expect(cycleAround(every6, '2026-07-15')).toEqual({ previous: '2026-01-15', next: '2026-07-15' });
    expect(cycleAround(every6, '2026-07-16')).toEqual({ previous: '2026-07-15', next: '2027-01-15' });
    expect(cycleAround(every6, '2025-03-01')).toEqual({ previous: '2025-01-15', next: '2025-07-15' });
    expect(cycleAround(every6, '2025-01-10')).toEqual({ previous: '2024-07-15', next: '2025-01-15' });
    expect(cycleAround(every6, '2031-12-31')).toEqual({ previous: '2031-07-15', next: '2032-01-15' });
  });

  it('count month ends from the anchor without drifting', () => {
    process.env.TZ = zone;
    const monthly = { kind: 'every', months: 1, from: '2026-01-31' } as const;
    expect(cycleAround(monthly, '2026-02-20')).toEqual({ previous: '2026-01-31', next: '2026-02-28' });
    expect(cycleAround(monthly, '2026-03-01')).toEqual({ previous: '2026-02-28', next: '2026-03-31' });
    expect(cycleAround(monthly, '2026-04-15')).toEqual({ previous: '2026-03-31', next: '2026-04-30' });
  });

  it('cover "since the last cycle": previous date up to the day before the next', () => {
    process.env.TZ = zone;
    expect(cyclePeriod(every6, '2026-07-01')).toEqual({ from: '2026-01-15', to: '2026-07-14' });
    expect(cyclePeriod({ kind: 'none' }, '2026-07-01')).toBeNull();
  });

  it('say so two weeks before, counting calendar days', () => {
    process.env.TZ = zone;
    expect(cycleStatus(every6, '2026-06-30')).toMatchObject({ daysUntil: 15, dueSoon: false });
    expect(cycleStatus(every6, '2026-07-01')).toMatchObject({ daysUntil: 14, dueSoon: true });
    expect(cycleStatus(every6, '2026-07-15')).toMatchObject({ daysUntil: 0, dueSoon: true });
    expect(cycleStatus(every6, '2026-07-16')).toMatchObject({ next: '2027-01-15', dueSoon: false });
  });

  it('handle explicit dates, including before the first and after the last', () => {
    process.env.TZ = zone;
    const dates: ReviewCycle = { kind: 'dates', dates: ['2026-03-10', '2026-09-20'] };
    expect(cycleStatus(dates, '2026-03-01')).toEqual({
      next: '2026-03-10',
      previous: null,
      daysUntil: 9,
      dueSoon: true,
      period: { from: '2025-09-10', to: '2026-03-09' },
    });
    expect(cycleStatus(dates, '2026-05-01')).toMatchObject({ previous: '2026-03-10', next: '2026-09-20', daysUntil: 142 });
    expect(cycleStatus(dates, '2026-10-01')).toEqual({
      next: null,
      previous: '2026-09-20',
      daysUntil: null,
      dueSoon: false,
      period: { from: '2026-09-20', to: '2026-10-01' },
    });
  });
});

describe('"this cycle" review period', () => {
  it('is a preset the review generator resolves from the cycle', () => {
    const reviewCycle = cyclePeriod(every6, '2026-07-01');
    expect(periodFor('this-cycle', '2026-07-01', { reviewCycle })).toEqual({ from: '2026-01-15', to: '2026-07-14' });
    expect(() => periodFor('this-cycle', '2026-07-01')).toThrow(/No review cycle is set/);
    expect(periodOptions('2026-07-01').some((o) => o.preset === 'this-cycle')).toBe(false);
    expect(periodOptions('2026-07-01', { reviewCycle })).toContainEqual({
      preset: 'this-cycle',
      label: 'This review cycle',
      from: '2026-01-15',
      to: '2026-07-14',
    });
  });

  it('drafts a review from the cycle set in Settings', () => {
    const { core } = openJournal();
    expect(fails(core, 'reviews:preview', { templateId: 'self-review', period: { preset: 'this-cycle' }, today: '2026-07-01' }, 'invalid_input').message).toMatch(/Settings/);
    ok(core, 'settings:update', { reviewCycle: every6 });
    const periods = ok(core, 'reviews:periods', { today: '2026-07-01' });
    expect(periods.find((p) => p.preset === 'this-cycle')).toMatchObject({ from: '2026-01-15', to: '2026-07-14' });
    const draft = ok(core, 'reviews:preview', { templateId: 'self-review', period: { preset: 'this-cycle' }, today: '2026-07-01' });
    expect(draft.period).toEqual({ from: '2026-01-15', to: '2026-07-14' });
  });
});
