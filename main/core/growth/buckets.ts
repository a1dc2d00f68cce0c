/**
 * Cutting a range of days into weeks, months or quarters (date-fns on local midnights), each
 * clipped to the range, with the keys the Growth view shows: "2026-03", "2026-Q1", and for
 * a week the day it starts on.
 */
import {
  eachMonthOfInterval,
  eachQuarterOfInterval,
  eachWeekOfInterval,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  format,
  parseISO,
} from 'date-fns';
import { type GrowthBucket, MAX_GROWTH_BUCKETS, type Weekday } from '../../../common/contract';
import { invalid } from '../errors';

const DAY = 'yyyy-MM-dd';

export type BucketGrain = 'week' | 'month' | 'quarter';

/** "2026-Q1" for "2026-02". */
export function quarterOfMonth(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}


/**
 * Every bucket touching [from, to], in order. Throws a clear error (blaming `from`) when there
 * would be more than MAX_GROWTH_BUCKETS of them.
 */
export function bucketsOf(from: string, to: string, grain: BucketGrain, weekStartsOn: Weekday = 1): GrowthBucket[] {
  const start = parseISO(from);
  const end = parseISO(to);
  const perYear = grain === 'week' ? 53 : grain === 'month' ? 12 : 4;
  const years = end.getFullYear() - start.getFullYear() + 1;
  if ((years - 1) * perYear > MAX_GROWTH_BUCKETS) {
    throw invalid(`The range is too long: at most ${MAX_GROWTH_BUCKETS} ${grain}s`, 'from');
  }
  const starts =
    grain === 'week'
      ? eachWeekOfInterval({ start, end }, { weekStartsOn })
      : grain === 'month'
        ? eachMonthOfInterval({ start, end })
        : eachQuarterOfInterval({ start, end });
  if (starts.length > MAX_GROWTH_BUCKETS) {
    throw invalid(`The range is too long: at most ${MAX_GROWTH_BUCKETS} ${grain}s`, 'from');
  }
  return starts.map((s) => {
    const last =
      grain === 'week' ? endOfWeek(s, { weekStartsOn }) : grain === 'month' ? endOfMonth(s) : endOfQuarter(s);
    const first = format(s, DAY);
    const lastDay = format(last, DAY);
    return {
      key: grain === 'week' ? first : grain === 'month' ? format(s, 'yyyy-MM') : quarterOfMonth(format(s, 'yyyy-MM')),
      from: first < from ? from : first,
      to: lastDay > to ? to : lastDay,
    };
  });
}

/** Calendar days in a clipped bucket, both ends included. */
export function daysIn(bucket: GrowthBucket): number {
  const ms = parseISO(bucket.to).getTime() - parseISO(bucket.from).getTime();
  // Rounded: a DST change makes a local day 23 or 25 hours long.
  return Math.round(ms / 86_400_000) + 1;
}
