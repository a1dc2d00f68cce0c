import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/contract';
import { openCore } from '../api';
import { fails, fixedClock, ok, openJournal, tempDir } from '../test-helpers';
import { join } from 'node:path';

describe('settings', () => {
  it('start at the defaults: reminder off, system theme, Ctrl/Cmd+Shift+J', () => {
    const { core } = openJournal();
    const s = ok(core, 'settings:get', {});
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.reminder.enabled).toBe(false);
    expect(s.captureShortcut).toBe('CommandOrControl+Shift+J');
  });

  it('keep a change after the journal is closed and opened again', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const first = openCore(path);
    ok(first, 'settings:update', { theme: 'dark', locale: 'de', weekStartsOn: 0, reminder: { enabled: true, time: '18:15' } });
    first.close();
    const again = openCore(path);
    const s = ok(again, 'settings:get', {});
    again.close();
    expect(s).toMatchObject({ theme: 'dark', locale: 'de', weekStartsOn: 0, reminder: { enabled: true, time: '18:15', offered: false } });
  });

  it('merge one reminder field without touching the others', () => {
    const { core } = openJournal();
    ok(core, 'settings:update', { reminder: { enabled: true, time: '09:05' } });
    const s = ok(core, 'settings:update', { reminder: { offered: true } });
    expect(s.reminder).toEqual({ enabled: true, time: '09:05', offered: true });
  });

  it.each([
    [{ reminder: { time: '25:00' } }, 'reminder.time', /HH:MM/],
    [{ reminder: { time: '7pm' } }, 'reminder.time', /HH:MM/],
    [{ weekly: { day: 7 } }, 'weekly.day', /weekday/],
    [{ theme: 'purple' }, 'theme', /./],
    [{ locale: 'xx' }, 'locale', /./],
    [{ captureShortcut: 'J' }, 'captureShortcut', /modifier/],
    [{ captureShortcut: 'Ctrl+Shift' }, 'captureShortcut', /exactly one key/],
    [{ captureShortcut: 'Ctrl+Shift+Banana' }, 'captureShortcut', /not a key name/],
    [{ reviewCycle: { kind: 'every', months: 0, from: '2026-01-15' } }, 'reviewCycle.months', /at least 1/],
    [{ reviewCycle: { kind: 'every', months: 6, from: '2026-02-30' } }, 'reviewCycle.from', /real calendar day/],
    [{ reviewCycle: { kind: 'dates', dates: [] } }, 'reviewCycle.dates', /at least one/],
    [{ tray: 'yes' }, 'tray', /./],
    [{ colour: 'red' }, undefined, /colour/],
  ])('refuse %j with a clear error and save nothing', (patch, field, message) => {
    const { core } = openJournal();
    const before = ok(core, 'settings:update', { theme: 'light' });
    // The bad value travels with a good one: all or nothing.
    const error = fails(core, 'settings:update', { ...patch, launchAtLogin: true }, 'invalid_input');
    if (field) expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(ok(core, 'settings:get', {})).toEqual(before);
  });

  it('accept a well-formed shortcut and sort explicit review dates', () => {
    const { core } = openJournal();
    const s = ok(core, 'settings:update', {
      captureShortcut: ' Alt+Shift+Space ',
      reviewCycle: { kind: 'dates', dates: ['2026-12-01', '2026-06-01', '2026-12-01'] },
    });
    expect(s.captureShortcut).toBe('Alt+Shift+Space');
    expect(s.reviewCycle).toEqual({ kind: 'dates', dates: ['2026-06-01', '2026-12-01'] });
  });

  it('fall back to the default for a stored value that is no longer valid, keeping the rest', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const core = openCore(path);
    ok(core, 'settings:update', { theme: 'dark', tray: true });
    core.close();
    const raw = new Database(path);
    raw.prepare("UPDATE settings SET value = ? WHERE key = 'app.theme'").run('"neon"');
    raw.close();
    const again = openCore(path);
    expect(ok(again, 'settings:get', {})).toMatchObject({ theme: 'system', tray: true });
    again.close();
  });

  it('come back with a restored backup', () => {
    const { core } = openJournal();
    ok(core, 'settings:update', { theme: 'dark', reviewCycle: { kind: 'every', months: 6, from: '2026-01-15' } });
    const backup = ok(core, 'data:backupNow', {});
    ok(core, 'settings:update', { theme: 'light', reviewCycle: { kind: 'none' } });
    ok(core, 'data:restoreBackup', { file: backup.file });
    expect(ok(core, 'settings:get', {})).toMatchObject({ theme: 'dark', reviewCycle: { kind: 'every', months: 6 } });
  });
});

describe('Today prompts', () => {
  it('offer the daily reminder until it was offered or turned on', () => {
    const { core } = openJournal();
    expect(ok(core, 'settings:prompts', {}).offerReminder).toBe(true);
    ok(core, 'settings:update', { reminder: { offered: true } });
    expect(ok(core, 'settings:prompts', {}).offerReminder).toBe(false);
  });

  it('say nothing about a cycle until one is set, then count down to it from the clock', () => {
    const clock = fixedClock(new Date(2026, 6, 6, 9, 0)); // 6 July 2026
    const { core } = openJournal({ clock });
    expect(ok(core, 'settings:prompts', {}).cycle).toBeNull();
    ok(core, 'settings:update', { reviewCycle: { kind: 'every', months: 6, from: '2026-01-15' } });
    expect(ok(core, 'settings:prompts', {}).cycle).toEqual({
      next: '2026-07-15',
      previous: '2026-01-15',
      daysUntil: 9,
      dueSoon: true,
      period: { from: '2026-01-15', to: '2026-07-14' },
    });
    clock.set(new Date(2026, 5, 20, 9, 0));
    expect(ok(core, 'settings:prompts', {}).cycle).toMatchObject({ daysUntil: 25, dueSoon: false });
  });
});
