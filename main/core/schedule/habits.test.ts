/**
 * The reminder schedule against a controllable clock: sleep (the clock jumps), DST
 * transitions and time-zone changes. Node honours process.env.TZ changes at run time.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../common/contract';
import { restoreTimeZoneAfterEach } from '../test-helpers';
import { checkHabits, delayUntilNextCheck, type HabitMemory, remember } from './habits';

restoreTimeZoneAfterEach();

const fresh: HabitMemory = { lastReminderDay: null, lastWeeklyDay: null };

function settings(time: string, weekly?: { day: number; time: string }): Settings {
  return {
    ...DEFAULT_SETTINGS,
    reminder: { enabled: true, time, offered: true },
    weekly: weekly ? { enabled: true, day: weekly.day as Settings['weekly']['day'], time: weekly.time } : DEFAULT_SETTINGS.weekly,
  };
}

/** Walks a clock minute by minute from `from` to `to`, showing what falls due; returns the local times shown. */
function walk(s: Settings, from: Date, to: Date, journaled = false): string[] {
  let memory = fresh;
  const shown: string[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += 60_000) {
    const now = new Date(t);
    const check = checkHabits(s, now, journaled, memory);
    if (check.reminderDue) shown.push(`reminder ${check.today} ${now.toTimeString().slice(0, 5)}`);
    if (check.weeklyDue) shown.push(`weekly ${check.today} ${now.toTimeString().slice(0, 5)}`);
    memory = remember(memory, check);
  }
  return shown;
}

describe('daily reminder', () => {
  it('is off by default and never due', () => {
    const check = checkHabits(DEFAULT_SETTINGS, new Date(2026, 2, 10, 23, 0), false, fresh);
    expect(check).toMatchObject({ reminderDue: false, weeklyDue: false, nextAt: null });
  });

  it('fires once a day at its time, and not on a day already journaled', () => {
    process.env.TZ = 'Europe/Berlin';
    const s = settings('17:30');
    expect(walk(s, new Date(2026, 5, 1, 0, 0), new Date(2026, 5, 2, 23, 59))).toEqual([
      'reminder 2026-06-01 17:30',
      'reminder 2026-06-02 17:30',
    ]);
    expect(walk(s, new Date(2026, 5, 1, 0, 0), new Date(2026, 5, 1, 23, 59), true)).toEqual([]);
  });

  it('after sleeping through the time, reminds on waking the same day but not the next morning', () => {
    process.env.TZ = 'America/New_York';
    const s = settings('17:30');
    // The clock jumps from 16:00 to 21:10: the reminder is due at once.
    const before = checkHabits(s, new Date(2026, 5, 1, 16, 0), false, fresh);
    expect(before.reminderDue).toBe(false);
    expect(before.nextAt).toEqual(new Date(2026, 5, 1, 17, 30));
    expect(checkHabits(s, new Date(2026, 5, 1, 21, 10), false, fresh).reminderDue).toBe(true);
    // Slept overnight, woke at 08:00: today's time has not come yet.
    expect(checkHabits(s, new Date(2026, 5, 2, 8, 0), false, fresh).reminderDue).toBe(false);
  });

  it('fires just after a spring-forward jump when its time does not exist that day', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 8 March 2026: 02:00 → 03:00 in Los Angeles, so 02:30 never happens.
    const s = settings('02:30');
    expect(walk(s, new Date(2026, 2, 8, 0, 0), new Date(2026, 2, 8, 4, 0))).toEqual(['reminder 2026-03-08 03:00']);
  });

  it('fires once when a fall-back repeats its hour', () => {
    process.env.TZ = 'Europe/Berlin';
    // 25 October 2026: 03:00 → 02:00 in Berlin, so 02:30 happens twice.
    const s = settings('02:30');
    const from = new Date(2026, 9, 25, 0, 0);
    const shown = walk(s, from, new Date(from.getTime() + 5 * 3_600_000));
    expect(shown).toEqual(['reminder 2026-10-25 02:30']);
  });

  it('follows the local clock when the time zone changes (travel)', () => {
    process.env.TZ = 'Europe/London';
    const s = settings('18:00');
    const instant = new Date(Date.UTC(2026, 5, 1, 16, 30)); // 17:30 in London (BST)
    const inLondon = checkHabits(s, instant, false, fresh);
    expect(inLondon.reminderDue).toBe(false);
    expect(inLondon.nextAt?.toISOString()).toBe('2026-06-01T17:00:00.000Z');
    // Same instant after flying to Berlin: 18:30 local, so it is due.
    process.env.TZ = 'Europe/Berlin';
    expect(checkHabits(s, instant, false, fresh).reminderDue).toBe(true);
    // And in New York it is still morning: the next reminder is at 18:00 New York time.
    process.env.TZ = 'America/New_York';
    const inNewYork = checkHabits(s, instant, false, fresh);
    expect(inNewYork.reminderDue).toBe(false);
    expect(inNewYork.nextAt?.toISOString()).toBe('2026-06-01T22:00:00.000Z');
  });

  it('asks the host to look again within a minute, sooner when a reminder is closer', () => {
    process.env.TZ = 'UTC';
    const s = settings('10:00');
    const now = new Date(Date.UTC(2026, 0, 1, 9, 59, 30));
    expect(delayUntilNextCheck(checkHabits(s, now, false, fresh), now)).toBe(30_000);
    const early = new Date(Date.UTC(2026, 0, 1, 6, 0));
    expect(delayUntilNextCheck(checkHabits(s, early, false, fresh), early)).toBe(60_000);
  });
});

describe('weekly look-back', () => {
  it('comes on the chosen weekday only, once, even when that day is journaled', () => {
    process.env.TZ = 'Pacific/Auckland';
    const s = { ...settings('17:30', { day: 5, time: '16:00' }), reminder: { ...DEFAULT_SETTINGS.reminder } };
    // Monday 5 to Sunday 11 October 2026; Friday is the 9th.
    const shown = walk(s, new Date(2026, 9, 5, 0, 0), new Date(2026, 9, 11, 23, 59), true);
    expect(shown).toEqual(['weekly 2026-10-09 16:00']);
    const check = checkHabits(s, new Date(2026, 9, 5, 9, 0), true, fresh);
    expect(check.nextAt).toEqual(new Date(2026, 9, 9, 16, 0));
  });
});
