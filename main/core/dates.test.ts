/**
 * `occurredOn` is a local calendar day, never an instant: late-evening entries stay on
 * their day in every zone, and day arithmetic survives DST changes. Node honours changes
 * to process.env.TZ at run time; each test restores the zone it found.
 */
import { describe, expect, it } from 'vitest';
import { doc, fixedClock, localTime, ok, openJournal, restoreTimeZoneAfterEach } from './test-helpers';

const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'] as const;

/** Days that are 23 or 25 hours long somewhere, plus ordinary ones. */
const DAYS = [
  '2026-03-08', // LA springs forward
  '2026-03-29', // Berlin springs forward
  '2026-04-05', // Auckland falls back
  '2026-09-27', // Auckland springs forward
  '2026-10-25', // Berlin falls back
  '2026-11-01', // LA falls back
  '2026-06-15',
  '2026-12-31',
] as const;

/** Offsets on 1 January 2026, to prove the zone switch really happened. */
const JANUARY_OFFSET: Record<(typeof ZONES)[number], number> = {
  'America/Los_Angeles': 480,
  'Europe/Berlin': -60,
  'Asia/Kolkata': -330,
  'Pacific/Auckland': -780,
  UTC: 0,
};

restoreTimeZoneAfterEach();


function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe.each(ZONES)('in %s', (zone) => {
  it('files an entry written at 23:30 or 00:05 local time on that local day', () => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2026, 0, 1, 12)).getTimezoneOffset()).toBe(JANUARY_OFFSET[zone]);
    const clock = fixedClock();
    const { core } = openJournal({ clock });
    for (const day of DAYS) {
      clock.set(localTime(day, 23, 30));
      const late = ok(core, 'entries:create', { body: doc(`late on ${day}`), ownershipLevel: 'task' });
      expect(late.occurredOn, `23:30 on ${day}`).toBe(day);
      clock.set(localTime(nextDay(day), 0, 5));
      const early = ok(core, 'entries:create', { body: doc(`early after ${day}`), ownershipLevel: 'task' });
      expect(early.occurredOn, `00:05 after ${day}`).toBe(nextDay(day));
    }
  });

  it('counts streaks and heatmap days across DST changes', () => {
    process.env.TZ = zone;
    const clock = fixedClock();
    const { core } = openJournal({ clock });
    for (const dst of DAYS.slice(0, 6)) {
      const before = new Date(`${dst}T12:00:00Z`);
      before.setUTCDate(before.getUTCDate() - 3);
      const first = before.toISOString().slice(0, 10);
      // Five consecutive days around the change, the last one written at 23:30 local time.
      const days = [first];
      while (days.length < 5) days.push(nextDay(days[days.length - 1]!));
      for (const day of days) ok(core, 'entries:create', { body: doc(day), ownershipLevel: 'task', occurredOn: day });
      const last = days[4]!;
      clock.set(localTime(last, 23, 30));
      const activity = ok(core, 'stats:activity', { from: first, to: nextDay(nextDay(last)) });
      expect(activity.days.map((d) => d.day)).toEqual([...days, nextDay(last), nextDay(nextDay(last))]);
      expect(activity.days.map((d) => d.count)).toEqual([1, 1, 1, 1, 1, 0, 0]);
      expect(activity.longestStreak).toBe(5);
      expect(activity.currentStreak, `streak ending ${last}`).toBe(5);
      // The next morning, before writing anything, the streak still stands (yesterday counts).
      clock.set(localTime(nextDay(last), 0, 5));
      expect(ok(core, 'stats:activity', { from: first, to: last }).currentStreak).toBe(5);
      // Two days later it is broken.
      expect(ok(core, 'stats:activity', { from: first, to: last, today: nextDay(nextDay(last)) }).currentStreak).toBe(0);
    }
  });
});
