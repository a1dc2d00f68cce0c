/**
 * The reminder timer: every check recomputes from the clock (main/core/schedule), at least
 * once a minute and again when the machine wakes (powerMonitor "resume") or the time zone
 * changes, so sleep, travel and DST never leave a stale timer behind. What is due becomes a
 * native notification; clicking it opens Today.
 */
import type { HabitCheck, HabitMemory } from '../core/schedule/habits';
import { delayUntilNextCheck, remember } from '../core/schedule/habits';

export interface ReminderDeps {
  /** The current check against the open journal; null while no journal is open. */
  check: (memory: HabitMemory) => HabitCheck | null;
  now: () => Date;
  notify: (kind: 'daily' | 'weekly') => void;
  powerMonitor: { on(event: 'resume' | 'unlock-screen', listener: () => void): unknown; removeListener(event: 'resume' | 'unlock-screen', listener: () => void): unknown };
  setTimer?: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (timer: ReturnType<typeof setTimeout>) => void;
}

export const REMINDER_TEXT = {
  daily: { title: 'Scopebook', body: 'Nothing written today yet. What did you move forward?' },
  weekly: { title: 'Scopebook: look back at your week', body: 'Which of this week’s work mattered most, and who saw it?' },
} as const;

/** Starts checking; returns a function that stops the timer and listeners. */
export function startReminders(deps: ReminderDeps): { stop: () => void; checkNow: () => void } {
  const setTimer = deps.setTimer ?? setTimeout;
  const clearTimer = deps.clearTimer ?? clearTimeout;
  let memory: HabitMemory = { lastReminderDay: null, lastWeeklyDay: null };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const checkNow = () => {
    if (stopped) return;
    if (timer) clearTimer(timer);
    let delay = 60_000;
    try {
      const check = deps.check(memory);
      if (check) {
        if (check.reminderDue) deps.notify('daily');
        if (check.weeklyDue) deps.notify('weekly');
        memory = remember(memory, check);
        delay = delayUntilNextCheck(check, deps.now());
      }
    } catch {
      // A busy or closing journal: try again at the next tick.
    }
    timer = setTimer(checkNow, delay);
  };

  deps.powerMonitor.on('resume', checkNow);
  deps.powerMonitor.on('unlock-screen', checkNow);
  checkNow();
  return {
    checkNow,
    stop: () => {
      stopped = true;
      if (timer) clearTimer(timer);
      deps.powerMonitor.removeListener('resume', checkNow);
      deps.powerMonitor.removeListener('unlock-screen', checkNow);
    },
  };
}
