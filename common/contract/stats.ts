/** Figures for the UI: activity heatmap, level mix per month, visibility per direction. */
import { z } from 'zod';
import type { Direction, OwnershipLevel } from '../vocabulary';
import { Day, op } from './shared';

export interface Activity {
  days: { day: string; count: number }[];
  /** Consecutive journaled days ending today (or yesterday, when today is not written yet). */
  currentStreak: number;
  longestStreak: number;
}

export interface LevelMonth {
  month: string;
  counts: Record<OwnershipLevel | 'unset', number>;
  total: number;
}

export interface DirectionVisibility {
  direction: Direction;
  /** Active people in this direction. */
  people: number;
  /** People in this direction who saw at least one entry in the range. */
  peopleReached: number;
  /** Entries in the range seen by someone in this direction. */
  entries: number;
  lastSeenOn: string | null;
}

const Range = z.strictObject({ from: Day, to: Day, today: Day.optional() }).refine((r) => r.from <= r.to, {
  message: '"from" must not be after "to"',
  path: ['to'],
});

export const statsContract = {
  activity: op<Activity>()('read', Range, 'Entries per day over a range, with streaks counted up to `today`.'),
  levelsByMonth: op<LevelMonth[]>()('read', Range, 'How many entries at each ownership level, month by month.'),
  visibility: op<DirectionVisibility[]>()('read', Range, 'Who saw the work in a range, per direction.'),
};
