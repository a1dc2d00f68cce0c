/**
 * The Growth view's figures: scope over time (entries per ownership level per month or
 * quarter, with the highest level reached), visibility over time (per direction, key deciders
 * marked) and the quiet weeks or months of a period (the recency-bias meter).
 * Only live entries count; days are local calendar days.
 */
import { z } from 'zod';
import type { Direction, OwnershipLevel } from '../vocabulary';
import { Day, op } from './shared';

export const GROWTH_GRAINS = ['month', 'quarter'] as const;
export type GrowthGrain = (typeof GROWTH_GRAINS)[number];

export const QUIET_GRAINS = ['week', 'month'] as const;
export type QuietGrain = (typeof QUIET_GRAINS)[number];

/** A month ("2026-03") or a quarter ("2026-Q1"), as days. */
export interface GrowthBucket {
  key: string;
  /** First and last day, clipped to the range asked for. */
  from: string;
  to: string;
}

export interface ScopeBucket extends GrowthBucket {
  counts: Record<OwnershipLevel | 'unset', number>;
  total: number;
  /** The highest level written in this bucket; null when none (or only unrated entries). */
  highest: OwnershipLevel | null;
  /** The highest level of the quarter this bucket falls in: the line drawn over the bars. */
  quarterHighest: OwnershipLevel | null;
}

export interface ScopeGrowth {
  grain: GrowthGrain;
  from: string;
  to: string;
  buckets: ScopeBucket[];
  /** The widest scope ever reached in the range, and the first day it was. */
  peak: { level: OwnershipLevel; firstOn: string } | null;
}

export interface DirectionCell {
  /** Live entries of the bucket seen by at least one person of this direction. */
  entries: number;
  /** Of those, the entries a key decider of this direction saw. */
  deciderEntries: number;
  /** Ids of the key deciders of this direction who saw something in the bucket. */
  deciders: string[];
}

export interface VisibilityBucket extends GrowthBucket {
  /** Live entries of the bucket, seen or not. */
  total: number;
  directions: Record<Direction, DirectionCell>;
}

export interface GrowthDecider {
  id: string;
  name: string;
  direction: Direction;
  archived: boolean;
}

export interface VisibilityGrowth {
  grain: GrowthGrain;
  from: string;
  to: string;
  buckets: VisibilityBucket[];
  /** Every person marked key decider (archived ones too: what they saw stays). */
  keyDeciders: GrowthDecider[];
}

export interface QuietBucket extends GrowthBucket {
  entries: number;
  /** Whether the bucket is over (it ends before today): only those are judged. */
  judged: boolean;
  /** Nothing written, or under half of what the period's judged days average. */
  quiet: boolean;
}

export interface QuietRun {
  from: string;
  to: string;
  keys: string[];
  entries: number;
}

export interface QuietPeriod {
  grain: QuietGrain;
  from: string;
  to: string;
  /** Entries per judged day over the period. */
  perDay: number;
  buckets: QuietBucket[];
  /** Consecutive quiet buckets, merged: what the warning names. */
  runs: QuietRun[];
}

/** More buckets than this is no chart anyone reads; it also bounds the reply. */
export const MAX_GROWTH_BUCKETS = 1200;

const OpenRange = z
  .strictObject({
    grain: z.enum(GROWTH_GRAINS).optional(),
    /** Default: the first live entry's day. */
    from: Day.optional(),
    /** Default: today, or the last entry's day when that is later. */
    to: Day.optional(),
    today: Day.optional(),
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] });

const QuietInput = z
  .strictObject({ from: Day, to: Day, grain: z.enum(QUIET_GRAINS).optional(), today: Day.optional() })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] });


export interface ThemeEntry {
  id: string;
  occurredOn: string;
  /** The title, or the first line of the text. */
  name: string;
  level: OwnershipLevel | null;
}

export interface ThemePerson {
  id: string;
  name: string;
  direction: Direction;
  keyDecider: boolean;
  /** Entries of the theme this person saw. */
  entries: number;
}

export interface FocusTheme {
  /** Its top terms joined: "billing · pricing · #launch". */
  name: string;
  /** Up to five terms, heaviest first; tags as "#tag". */
  terms: string[];
  count: number;
  levels: Record<OwnershipLevel | 'unset', number>;
  highest: OwnershipLevel | null;
  /** Its entries, widest level first, then newest. */
  entries: ThemeEntry[];
  /** Who saw its entries, most first. */
  people: ThemePerson[];
}

export interface Themes {
  from: string;
  to: string;
  /** Entries of the period that were grouped (the newest MAX_THEMED_ENTRIES at most). */
  entries: number;
  /** Whether the period had more entries than were grouped. */
  sampled: boolean;
  /** Entries with no word or tag that groups them. */
  unthemed: number;
  themes: FocusTheme[];
}

/** Themes are built from at most this many entries (the newest of the period). */
export const MAX_THEMED_ENTRIES = 3000;

const ThemesInput = z
  .strictObject({ from: Day, to: Day })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] });

export const growthContract = {
  scope: op<ScopeGrowth>()(
    'read',
    OpenRange,
    'Entries per ownership level per month or quarter (the whole journal by default), with the highest level per quarter.',
  ),
  visibility: op<VisibilityGrowth>()(
    'read',
    OpenRange,
    'Per month or quarter and direction, how many entries were seen and which key deciders saw them.',
  ),
  quiet: op<QuietPeriod>()(
    'read',
    QuietInput,
    'The weeks or months of a period with little or nothing written, judged up to today.',
  ),
  themes: op<Themes>()(
    'read',
    ThemesInput,
    'The entries of a period grouped offline into a handful of themes, each named by its top words and tags.',
  ),
};
