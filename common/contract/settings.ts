/**
 * App settings: look, dates, the daily habit (reminders, weekly look-back), desktop
 * integration (capture shortcut, launch at login, tray) and the company's review cycle.
 * Stored in the journal database, so a restored backup brings them back.
 */
import { z } from 'zod';
import type { DayRange } from './review';
import { Day, op } from './shared';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** date-fns locales the app ships. */
export const LOCALES = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja'] as const;
export type AppLocale = (typeof LOCALES)[number];

/** How days are written; 'locale' follows the chosen locale's own medium format. */
export const DATE_FORMATS = ['locale', 'yyyy-MM-dd', 'dd/MM/yyyy', 'MM/dd/yyyy', 'd MMM yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** 0 = Sunday … 6 = Saturday (date-fns convention). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface ReminderSettings {
  enabled: boolean;
  /** Local time, HH:MM (24-hour). */
  time: string;
  /** Whether Today already offered to turn the reminder on (first run). */
  offered: boolean;
}

export interface WeeklyPromptSettings {
  enabled: boolean;
  day: Weekday;
  time: string;
}

/** When the user's company runs performance reviews. */
export type ReviewCycle =
  | { kind: 'none' }
  /** Every `months` months, counted from (and before) `from`. */
  | { kind: 'every'; months: number; from: string }
  /** Explicit dates, ascending. */
  | { kind: 'dates'; dates: string[] };

export interface Settings {
  theme: Theme;
  weekStartsOn: Weekday;
  locale: AppLocale;
  dateFormat: DateFormat;
  reminder: ReminderSettings;
  weekly: WeeklyPromptSettings;
  /** An Electron accelerator, e.g. CommandOrControl+Shift+J. */
  captureShortcut: string;
  launchAtLogin: boolean;
  /** A tray / menu-bar icon; on Windows and Linux it also keeps the app running with no window. */
  tray: boolean;
  reviewCycle: ReviewCycle;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  weekStartsOn: 1,
  locale: 'en-US',
  dateFormat: 'locale',
  reminder: { enabled: false, time: '17:30', offered: false },
  weekly: { enabled: false, day: 5, time: '16:00' },
  captureShortcut: 'CommandOrControl+Shift+J',
  launchAtLogin: false,
  tray: false,
  reviewCycle: { kind: 'none' },
};

/** Where the review cycle stands on a day: what Today's banner says. */
export interface CycleStatus {
  /** The next review date (today or later); null when every explicit date has passed. */
  next: string | null;
  /** The review date before it; null when none is known. */
  previous: string | null;
  /** Calendar days from today to `next`. */
  daysUntil: number | null;
  /** Within two weeks before the next review (including its day). */
  dueSoon: boolean;
  /** "Since the last cycle": the days the next review covers, what the draft is generated from. */
  period: DayRange;
}

export interface TodayPrompts {
  /** Null when no review cycle is set. */
  cycle: CycleStatus | null;
  /** First run: offer to turn the daily reminder on (not yet offered, not on). */
  offerReminder: boolean;
}

// ---------------------------------------------------------------- validation

/** Local time of day, 24-hour. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour), e.g. 17:30');

const WeekdaySchema = z
  .number()
  .int('must be a weekday number 0 (Sunday) to 6 (Saturday)')
  .min(0, 'must be a weekday number 0 (Sunday) to 6 (Saturday)')
  .max(6, 'must be a weekday number 0 (Sunday) to 6 (Saturday)')
  .transform((n) => n as Weekday);

const MODIFIERS = new Set([
  'command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta',
]);
const KEY = /^([A-Za-z0-9]|F([1-9]|1\d|2[0-4])|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|[)!@#$%^&*(:;"'<>?,.\-/`~=_[\]{}|\\])$/;

/** Why an Electron accelerator is unusable as a global shortcut, or null when it is fine. */
export function shortcutProblem(accelerator: string): string | null {
  const parts = accelerator.split('+');
  // "Ctrl++" means Ctrl and the plus key.
  if (accelerator.endsWith('++')) parts.splice(parts.length - 2, 2, '+');
  if (parts.some((p) => p.trim() === '')) return 'must be keys joined by "+", e.g. CommandOrControl+Shift+J';
  const keys = parts.filter((p) => !MODIFIERS.has(p.toLowerCase()));
  const modifiers = parts.length - keys.length;
  if (modifiers === 0) return 'needs at least one modifier (CommandOrControl, Alt, Shift…) so it does not steal ordinary typing';
  if (keys.length !== 1) return 'needs exactly one key besides the modifiers, e.g. CommandOrControl+Shift+J';
  if (!KEY.test(keys[0]!) && keys[0] !== '+') return `"${keys[0]}" is not a key name Scopebook knows`;
  return null;
}

const Shortcut = z
  .string()
  .max(80, 'must be at most 80 characters')
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    const problem = shortcutProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const ReviewCycleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('every'),
    months: z.number().int('must be a whole number of months').min(1, 'must be at least 1 month').max(24, 'must be at most 24 months'),
    from: Day,
  }),
  z.strictObject({
    kind: z.literal('dates'),
    dates: z
      .array(Day)
      .min(1, 'needs at least one date')
      .max(50, 'at most 50 dates')
      .transform((list) => [...new Set(list)].sort()),
  }),
]);

/** Every setting, each validated on its own (used for stored values too). */
export const SETTING_SCHEMAS = {
  theme: z.enum(THEMES),
  weekStartsOn: WeekdaySchema,
  locale: z.enum(LOCALES),
  dateFormat: z.enum(DATE_FORMATS),
  reminder: z.strictObject({ enabled: z.boolean(), time: TimeOfDay, offered: z.boolean() }),
  weekly: z.strictObject({ enabled: z.boolean(), day: WeekdaySchema, time: TimeOfDay }),
  captureShortcut: Shortcut,
  launchAtLogin: z.boolean(),
  tray: z.boolean(),
  reviewCycle: ReviewCycleSchema,
} as const;

/** A change: any subset of settings; reminder and weekly may change one field at a time. */
export const SettingsPatch = z.strictObject({
  theme: SETTING_SCHEMAS.theme.optional(),
  weekStartsOn: SETTING_SCHEMAS.weekStartsOn.optional(),
  locale: SETTING_SCHEMAS.locale.optional(),
  dateFormat: SETTING_SCHEMAS.dateFormat.optional(),
  reminder: SETTING_SCHEMAS.reminder.partial().optional(),
  weekly: SETTING_SCHEMAS.weekly.partial().optional(),
  captureShortcut: SETTING_SCHEMAS.captureShortcut.optional(),
  launchAtLogin: SETTING_SCHEMAS.launchAtLogin.optional(),
  tray: SETTING_SCHEMAS.tray.optional(),
  reviewCycle: SETTING_SCHEMAS.reviewCycle.optional(),
});
export type SettingsPatchInput = z.input<typeof SettingsPatch>;

export const settingsContract = {
  get: op<Settings>()('read', z.strictObject({}), 'Every setting, defaults filled in.'),
  update: op<Settings>()(
    'write',
    SettingsPatch,
    'Change some settings; all or nothing: one invalid value saves none. Returns every setting.',
  ),
  prompts: op<TodayPrompts>()(
    'read',
    z.strictObject({ today: Day.optional() }),
    'What Today should offer: the review cycle (and whether it is two weeks away or less) and the first-run reminder offer.',
  ),
};
