/** The schedule read against a journal: settings and whether today already has an entry. */
import { format } from 'date-fns';
import type { Clock } from '../clock';
import type { Db } from '../db';
import { readSettings } from '../settings/store';
import { checkHabits, type HabitCheck, type HabitMemory } from './habits';

/** Whether a live entry is filed on `day`. */
export function isJournaled(db: Db, day: string): boolean {
  return db.prepare('SELECT 1 FROM entries WHERE occurred_on = ? AND deleted_at IS NULL LIMIT 1').get(day) !== undefined;
}

/** What the desktop host's reminder timer asks each minute and on resume from sleep. */
export function checkJournalHabits(db: Db, clock: Clock, memory: HabitMemory): HabitCheck {
  const now = clock.now();
  const settings = readSettings(db);
  const day = format(now, 'yyyy-MM-dd');
  return checkHabits(settings, now, isJournaled(db, day), memory);
}
