/** The activity heatmap's layout: a year of days in week columns (from the chosen first day of the week), with intensity steps. */
import { type DatePrefs, datePrefs } from '../ui/date-prefs';
import { monthShort, shiftDay, weekStart } from '../ui/dates';

/** One day square. `level` 0 (nothing written) … 4 (a busy day). */
export interface HeatCell {
  day: string;
  count: number;
  level: 0 | 1 | 2 | 3 | 4;
  /** After today: drawn as empty, not as "no entries". */
  future: boolean;
}

export interface Heatmap {
  /** Columns of seven days from the first day of the week, oldest first; the last holds today. */
  weeks: HeatCell[][];
  /** Month names and the column where each month starts. */
  months: { label: string; column: number }[];
  total: number;
  activeDays: number;
}

/** Intensity from a day's entry count: calm steps, since most days hold one to three entries. */
export function intensity(count: number): HeatCell['level'] {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  if (count <= 4) return 3;
  return 4;
}

/** The first day (the week's first day) shown for a heatmap of `weeks` columns ending with today's week. */
export function heatmapStart(today: string, weeks: number, prefs: DatePrefs = datePrefs()): string {
  return shiftDay(weekStart(today, prefs), -7 * (weeks - 1));
}

/** Lays out per-day counts (days without entries may be missing) as week columns ending today. */
export function buildHeatmap(
  days: readonly { day: string; count: number }[],
  today: string,
  weeks = 53,
  prefs: DatePrefs = datePrefs(),
): Heatmap {
  const counts = new Map(days.map((d) => [d.day, d.count]));
  const start = heatmapStart(today, weeks, prefs);
  const columns: HeatCell[][] = [];
  const months: Heatmap['months'] = [];
  let total = 0;
  let activeDays = 0;
  let day = start;
  for (let w = 0; w < weeks; w++) {
    const column: HeatCell[] = [];
    for (let i = 0; i < 7; i++) {
      const future = day > today;
      const count = future ? 0 : (counts.get(day) ?? 0);
      total += count;
      if (count > 0) activeDays += 1;
      column.push({ day, count, level: intensity(count), future });
      // A month is labelled above the week that holds its first day.
      if (day.endsWith('-01')) months.push({ label: monthShort(day, prefs), column: w });
      day = shiftDay(day, 1);
    }
    columns.push(column);
  }
  return { weeks: columns, months, total, activeDays };
}
