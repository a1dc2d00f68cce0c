/**
 * When the daily reminder and the weekly look-back are due. Pure and recomputed from "now"
 * at every check (never from a timer's own idea of elapsed time), so sleep, time-zone
 * changes and daylight-saving shifts simply move the answer: a reminder whose time passed
 * while the machine slept is shown on waking (the same day), a local time that does not exist
 * on a spring-forward day fires just after the jump, and a repeated hour on a fall-back day
 * fires once because the last day shown is remembered.
 */
import { addDays, format } from 'date-fns';
import type { Settings } from '../../../common/contract';

/** What the host remembers between checks (in memory: a restart may at most repeat one). */
export interface HabitMemory {
  /** Local day (YYYY-MM-DD) the daily reminder was last shown. */
  lastReminderDay: string | null;
  /** Local day the weekly prompt was last shown. */
  lastWeeklyDay: string | null;
}

export interface HabitCheck {
  /** The local day at `now`. */
  today: string;
  reminderDue: boolean;
  weeklyDue: boolean;
  /** The next instant a reminder or prompt time comes round; null when both are off. */
  nextAt: Date | null;
}

/** Minutes after local midnight of an HH:MM time. */
export function timeToMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function minutesOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/** The local instant of HH:MM on the local day of `date` (a missing DST hour moves forward). */
function atTime(date: Date, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), h, m, 0, 0);
}

/** The first HH:MM strictly after `now`, on a day accepted by `dayOk` (within 8 days). */
function nextOccurrence(now: Date, time: string, dayOk: (d: Date) => boolean): Date | null {
  for (let i = 0; i <= 8; i++) {
    const day = addDays(new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12), i);
    if (!dayOk(day)) continue;
    const at = atTime(day, time);
    if (at.getTime() > now.getTime()) return at;
  }
  return null;
}

/** Whether the reminder and the weekly prompt are due at `now`, and when to look again. */
export function checkHabits(settings: Settings, now: Date, journaledToday: boolean, memory: HabitMemory): HabitCheck {
  const today = format(now, 'yyyy-MM-dd');
  const { reminder, weekly } = settings;
  const reminderDue =
    reminder.enabled && !journaledToday && memory.lastReminderDay !== today && minutesOfDay(now) >= timeToMinutes(reminder.time);
  const weeklyDue =
    weekly.enabled && now.getDay() === weekly.day && memory.lastWeeklyDay !== today && minutesOfDay(now) >= timeToMinutes(weekly.time);
  const candidates = [
    reminder.enabled ? nextOccurrence(now, reminder.time, () => true) : null,
    weekly.enabled ? nextOccurrence(now, weekly.time, (d) => d.getDay() === weekly.day) : null,
  ].filter((d): d is Date => d !== null);
  const nextAt = candidates.length === 0 ? null : new Date(Math.min(...candidates.map((d) => d.getTime())));
  return { today, reminderDue, weeklyDue, nextAt };
}

/** The memory after showing what `check` found due. */
export function remember(memory: HabitMemory, check: HabitCheck): HabitMemory {
  return {
    lastReminderDay: check.reminderDue ? check.today : memory.lastReminderDay,
    lastWeeklyDay: check.weeklyDue ? check.today : memory.lastWeeklyDay,
  };
}

/** How long a host timer should wait before the next check: until `nextAt`, at most a minute. */
export function delayUntilNextCheck(check: HabitCheck, now: Date, maxMs = 60_000): number {
  if (!check.nextAt) return maxMs;
  return Math.max(1_000, Math.min(maxMs, check.nextAt.getTime() - now.getTime()));
}
