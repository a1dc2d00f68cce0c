/**
 * Review periods: presets resolved to ranges of calendar days, inclusive at both ends.
 *
 * Days are handled as local dates at noon: daylight-saving changes happen around midnight,
 * so noon always exists and date-fns month and day arithmetic never skips or repeats a day,
 * whatever the time zone.
 */
import { addDays, addMonths, differenceInCalendarDays, format, subDays, subMonths } from 'date-fns';
import { type DayRange, PERIOD_PRESET_LABELS, PERIOD_PRESETS, type PeriodOption, type PeriodPreset } from '../../../common/contract';
import { invalid } from '../errors';

export interface PeriodOptions {
  /** Last day covered by the most recent saved review (for 'since-last-review'). */
  lastReviewEnd?: string | null;
  customFrom?: string;
  customTo?: string;
  /** Month (1–12) the user's year starts in; halves and quarters are counted from it. Default 1. */
  cycle?: number;
  /** The review cycle's period on that day (main/core/schedule/cycle.ts), for 'this-cycle'; null when none is set. */
  reviewCycle?: DayRange | null;
}

/** A YYYY-MM-DD day as a local date at noon. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** A local date as YYYY-MM-DD. */
export function dateToDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** The first day (at noon) of the month `months` before the month of `date`. */
function monthStart(date: Date, months: number): Date {
  return subMonths(new Date(date.getFullYear(), date.getMonth(), 1, 12), months);
}

function range(from: Date, to: Date): DayRange {
  return { from: dateToDay(from), to: dateToDay(to) };
}

/** Months since the start of the current block of `size` months, with blocks counted from `cycle`. */
function monthsIntoBlock(date: Date, cycle: number, size: number): number {
  return (((date.getMonth() - (cycle - 1)) % 12) + 12) % size;
}

/**
 * The days a preset covers on `today`:
 * - last 6 months: today minus 6 months plus 1 day … today;
 * - this half-year / this quarter: the whole half (Jan–Jun or Jul–Dec) or quarter containing today;
 * - year to date: the first day of the year … today; last year: the whole previous year;
 * - since the last saved review: the day after that review's period … today;
 * - this review cycle: the previous review date … the day before the next (from Settings);
 * - custom: customFrom … customTo.
 * With `cycle` ≠ 1, years, halves and quarters start in that month (e.g. 4: April–March).
 */
export function periodFor(preset: PeriodPreset, today: string, options: PeriodOptions = {}): DayRange {
  const now = dayToDate(today);
  const cycle = options.cycle ?? 1;
  switch (preset) {
    case 'last-6-months':
      return range(addDays(subMonths(now, 6), 1), now);
    case 'this-half':
    case 'this-quarter': {
      const size = preset === 'this-half' ? 6 : 3;
      const start = monthStart(now, monthsIntoBlock(now, cycle, size));
      return range(start, subDays(addMonths(start, size), 1));
    }
    case 'year-to-date':
      return range(monthStart(now, monthsIntoBlock(now, cycle, 12)), now);
    case 'last-year': {
      const thisYear = monthStart(now, monthsIntoBlock(now, cycle, 12));
      return range(subMonths(thisYear, 12), subDays(thisYear, 1));
    }
    case 'since-last-review': {
      if (!options.lastReviewEnd) throw invalid('There is no saved review yet: choose another period', 'period.preset');
      const from = dateToDay(addDays(dayToDate(options.lastReviewEnd), 1));
      if (from > today) {
        throw invalid(`Your last review already covers every day up to ${options.lastReviewEnd}`, 'period.preset');
      }
      return { from, to: today };
    }
    case 'this-cycle': {
      if (!options.reviewCycle) throw invalid('No review cycle is set: set one in Settings or choose another period', 'period.preset');
      return { ...options.reviewCycle };
    }
    case 'custom': {
      const { customFrom, customTo } = options;
      if (!customFrom || !customTo) throw invalid('A custom range needs both "from" and "to"', 'period.from');
      if (customFrom > customTo) throw invalid('"from" must not be after "to"', 'period.to');
      return { from: customFrom, to: customTo };
    }
  }
}

/** The period of the same number of days that ends the day before `period` starts. */
export function previousPeriod(period: DayRange): DayRange {
  const from = dayToDate(period.from);
  const days = differenceInCalendarDays(dayToDate(period.to), from) + 1;
  return range(subDays(from, days), subDays(from, 1));
}

/**
 * Every preset except 'custom' resolved for `today`; 'since-last-review' only when it covers at
 * least a day, 'this-cycle' only when a review cycle is set.
 */
export function periodOptions(today: string, options: PeriodOptions = {}): PeriodOption[] {
  const out: PeriodOption[] = [];
  for (const preset of PERIOD_PRESETS) {
    if (preset === 'custom') continue;
    if (preset === 'since-last-review') {
      if (!options.lastReviewEnd || options.lastReviewEnd >= today) continue;
    }
    if (preset === 'this-cycle' && !options.reviewCycle) continue;
    out.push({ preset, label: PERIOD_PRESET_LABELS[preset], ...periodFor(preset, today, options) });
  }
  return out;
}
