/**
 * Settings in the journal's `settings` table, one key per setting (`app.<name>`), so a
 * restored backup brings them back. Each stored value is re-validated when read: a value
 * written by an older or newer build, or edited by hand, falls back to its default instead
 * of breaking the app.
 */
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, type Settings, type SettingsPatch } from '../../../common/contract/settings';
import type { z } from 'zod';
import type { Db } from '../db';
import { readSetting, writeSetting } from '../safety/settings';

type Key = keyof Settings;
const KEYS = Object.keys(DEFAULT_SETTINGS) as Key[];

/** The table key of a setting. */
export function settingKey(name: Key): string {
  return `app.${name}`;
}

/** Every setting, defaults for the ones unset or unreadable. */
export function readSettings(db: Db): Settings {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const parsed = SETTING_SCHEMAS[key].safeParse(readSetting(db, settingKey(key)));
    out[key] = parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  }
  return out as unknown as Settings;
}

/** Applies a validated change (nested reminder/weekly fields merge) and returns every setting. */
export function updateSettings(db: Db, patch: z.output<typeof SettingsPatch>): Settings {
  const current = readSettings(db);
  const next: Settings = {
    ...current,
    ...(stripUndefined(patch) as Partial<Settings>),
    reminder: { ...current.reminder, ...stripUndefined(patch.reminder ?? {}) },
    weekly: { ...current.weekly, ...stripUndefined(patch.weekly ?? {}) },
  };
  for (const key of KEYS) {
    if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) writeSetting(db, settingKey(key), next[key]);
  }
  return next;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
