/**
 * The nudge on Today: one at a time, the first gap in gap order; a dismissed person stays
 * quiet for 7 calendar days — also across a DST change — and after a dismissal nothing
 * else shows that day.
 */
import { describe, expect, it } from 'vitest';
import { fails, fixedClock, localTime, ok, openJournal, restoreTimeZoneAfterEach } from '../test-helpers';
import { entry, person } from './test-fixtures';

const NO_ONE = '01900000-0000-7000-8000-000000000000';

restoreTimeZoneAfterEach();


describe('visibility nudge', () => {
  it('shows the first gap, skips a dismissed person for a week and shows nothing more on the day of a dismissal', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana', 'skip-level', { keyDecider: true, influence: 5 });
    const bo = person(core, 'Bo', 'sideways', { influence: 3 });
    const launch = entry(core, '2026-03-01', 'project', [], { title: 'Launch review' });
    const nudgeOn = (today: string) => ok(core, 'visibility:nudge', { today });

    expect(nudgeOn('2026-03-10')).toEqual({
      stakeholderId: ana.id,
      name: 'Ana',
      direction: 'skip-level',
      keyDecider: true,
      lastSeenOn: null,
      daysSince: null,
      entry: {
        id: launch.id,
        title: 'Launch review',
        label: 'Launch review',
        occurredOn: '2026-03-01',
        level: 'project',
        starred: false,
      },
      text: '“Launch review” (project level, 1 Mar) has not been seen by Ana (skip-level), who has not seen any of your work yet.',
    });
    expect(ok(core, 'visibility:dismissNudge', { stakeholderId: ana.id, today: '2026-03-10' })).toEqual({
      stakeholderId: ana.id,
      dismissedOn: '2026-03-10',
      hiddenUntil: '2026-03-17',
    });
    expect(nudgeOn('2026-03-10')).toBeNull();
    expect(nudgeOn('2026-03-11')?.name).toBe('Bo');
    ok(core, 'visibility:dismissNudge', { stakeholderId: bo.id, today: '2026-03-11' });
    for (const day of ['2026-03-12', '2026-03-13', '2026-03-16']) expect(nudgeOn(day), day).toBeNull();
    expect(nudgeOn('2026-03-17')?.name).toBe('Ana');
    expect(nudgeOn('2026-03-18')?.name).toBe('Ana');
    // Dismissed again: a fresh week for Ana, and Bo's week is over.
    ok(core, 'visibility:dismissNudge', { stakeholderId: ana.id, today: '2026-03-18' });
    expect(nudgeOn('2026-03-19')?.name).toBe('Bo');
  });

  it('has nothing to say when everyone has seen the recent work', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana', 'up');
    expect(ok(core, 'visibility:nudge', {})).toBeNull();
    entry(core, '2026-03-01', 'project', [ana]);
    expect(ok(core, 'visibility:nudge', {})).toBeNull();
  });

  it('refuses to dismiss a nudge about someone who does not exist', () => {
    const { core } = openJournal();
    fails(core, 'visibility:dismissNudge', { stakeholderId: NO_ONE }, 'not_found');
  });

  it.each([
    ['America/New_York', '2026-03-05', '2026-03-12'], // clocks spring forward on 8 March
    ['Europe/Berlin', '2026-10-22', '2026-10-29'], // clocks fall back on 25 October
    ['Pacific/Auckland', '2026-04-01', '2026-04-08'], // clocks fall back on 5 April
  ])('in %s, a week is seven calendar days across the DST change', (zone, dismissedOn, back) => {
    process.env.TZ = zone;
    const clock = fixedClock(localTime(dismissedOn, 23, 30));
    const { core } = openJournal({ clock });
    const ana = person(core, 'Ana', 'up', { keyDecider: true });
    entry(core, dismissedOn, 'project', [], { title: 'Shipped' });
    expect(ok(core, 'visibility:nudge', {})?.stakeholderId).toBe(ana.id);
    // Late in the evening, local time: the dismissal belongs to that local day.
    expect(ok(core, 'visibility:dismissNudge', { stakeholderId: ana.id }).dismissedOn).toBe(dismissedOn);
    const dayBefore = new Date(localTime(back, 0, 30).getTime() - 60 * 60 * 1000);
    clock.set(dayBefore);
    expect(ok(core, 'visibility:nudge', {}), `${dayBefore.toString()}`).toBeNull();
    clock.set(localTime(back, 0, 30));
    expect(ok(core, 'visibility:nudge', {})?.stakeholderId, `at 00:30 on ${back}`).toBe(ana.id);
  });
});
