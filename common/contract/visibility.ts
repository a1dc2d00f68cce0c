/**
 * Visibility of the user's work: the people map, the radar, gaps with suggestions and the
 * weekly nudge; the praise log; outcome follow-ups; updates prepared for a person or a direction.
 *
 * "today" is always a local calendar day given by the caller (the renderer's local day), or
 * the core clock's local day when left out — so a test can pin it. Every figure is computed
 * as of that day: entries dated after it, entries in the trash and archived people do not count.
 * "Within N days" means dated from today − N to today, both included, so `recency` is
 * 'recent30' exactly when `seen30 > 0`.
 */
import { z } from 'zod';
import type { Channel, Direction, OwnershipLevel } from '../vocabulary';
import type { Entry, EntrySummary } from './entries';
import {
  ChannelSchema,
  Day,
  DirectionSchema,
  type DocNode,
  Id,
  Level,
  longText,
  op,
  shortText,
} from './shared';

// ---------------------------------------------------------------- figures

/** How recently someone saw the user's work: ≤ 30 days, ≤ 90 days, longer ago, never. */
export const RECENCY_BUCKETS = ['recent30', 'recent90', 'older', 'never'] as const;
export type Recency = (typeof RECENCY_BUCKETS)[number];

/** Legend of the recency buckets: a glyph and words, so the map never relies on colour alone. */
export const RECENCY_INFO: Record<Recency, { id: Recency; label: string; glyph: string; explanation: string }> = {
  recent30: { id: 'recent30', label: 'Last 30 days', glyph: '●', explanation: 'Saw your work in the last 30 days.' },
  recent90: { id: 'recent90', label: 'Last 90 days', glyph: '◐', explanation: 'Last saw your work 31 to 90 days ago.' },
  older: { id: 'older', label: 'Longer ago', glyph: '○', explanation: 'Last saw your work more than 90 days ago.' },
  never: { id: 'never', label: 'Never', glyph: '✕', explanation: 'Has not seen any of your work yet.' },
};

/** What a person (or everyone in a direction) has seen of the user's work, as of `today`. */
export interface SeenFigures {
  /** Day of the latest entry seen, or null. */
  lastSeenOn: string | null;
  /** Calendar days from `lastSeenOn` to today (0 = today), or null. */
  daysSince: number | null;
  recency: Recency;
  /** Entries seen dated within the last 30 / 90 days, and ever. */
  seen30: number;
  seen90: number;
  seenTotal: number;
  /** Highest ownership level among the entries ever seen (entries not rated yet are ignored). */
  highestLevel: OwnershipLevel | null;
}

/** A person on the map. Private notes are never part of it. */
export interface MapPerson extends SeenFigures {
  id: string;
  name: string;
  role: string | null;
  direction: Direction;
  /** 1 … 5: the size of their mark. */
  influence: number;
  keyDecider: boolean;
}

/** An undirected connection between two people on the map (`a` < `b`). */
export interface MapConnection {
  a: string;
  b: string;
}

/** The data of the people map; the renderer does the layout. */
export interface PeopleMap {
  today: string;
  /** Active people, by direction (vocabulary order), then name. */
  people: MapPerson[];
  /** Connections between active people. */
  connections: MapConnection[];
}

/** One direction on the radar; counts are of distinct entries seen by anyone active there. */
export interface DirectionRadar extends SeenFigures {
  direction: Direction;
  /** Active people in this direction. */
  people: number;
  /** Of them, how many saw at least one entry within the last 90 days. */
  reached90: number;
}

/** One key decider on the radar. */
export interface DeciderRadar extends SeenFigures {
  stakeholderId: string;
  name: string;
  role: string | null;
  direction: Direction;
  influence: number;
}

export interface Radar {
  today: string;
  /** All six directions, in vocabulary order. */
  directions: DirectionRadar[];
  /** Active key deciders, by influence (highest first), then name. */
  keyDeciders: DeciderRadar[];
}

/** An entry suggested to show someone. */
export interface GapEntry {
  id: string;
  title: string | null;
  /** What the suggestion calls it: the title, else the start of its text. */
  label: string;
  occurredOn: string;
  level: OwnershipLevel;
  starred: boolean;
}

/**
 * Someone who has not seen some of the user's strongest recent work. `entries` are the
 * strongest entries they have not seen: highest level first, then starred, then newest.
 */
export interface Gap {
  stakeholderId: string;
  name: string;
  direction: Direction;
  keyDecider: boolean;
  influence: number;
  lastSeenOn: string | null;
  daysSince: number | null;
  entries: GapEntry[];
  /**
   * About the first entry, e.g. “Data migration write-up” (project level, 12 Nov) has not
   * been seen by Ana (diagonal-up), who last saw your work 74 days ago.
   */
  suggestion: string;
}

/** The one nudge for Today: the first gap whose person was not dismissed in the last 7 days. */
export interface Nudge {
  stakeholderId: string;
  name: string;
  direction: Direction;
  keyDecider: boolean;
  lastSeenOn: string | null;
  daysSince: number | null;
  entry: GapEntry;
  text: string;
}

export interface NudgeDismissal {
  stakeholderId: string;
  dismissedOn: string;
  /** First day a nudge about this person can show again (dismissedOn + 7). */
  hiddenUntil: string;
}

const Today = { today: Day.optional() };

export const visibilityContract = {
  map: op<PeopleMap>()(
    'read',
    z.strictObject(Today),
    'Active people with direction, influence, key-decider mark, recency of what they saw, and connections.',
  ),
  radar: op<Radar>()(
    'read',
    z.strictObject(Today),
    'Per direction and per key decider: last seen, days since, entries seen in 30 and 90 days, highest level.',
  ),
  gaps: op<Gap[]>()(
    'read',
    z.strictObject({
      ...Today,
      /** Only entries at this level or above are suggested (default: milestone). */
      minLevel: Level.optional(),
      /** How far back an entry still counts as recent (default 90 days). */
      withinDays: z.number().int().min(1).max(3660).optional(),
      /** Entries listed per person (default 3). */
      perPerson: z.number().int().min(1).max(10).optional(),
      directions: z.array(DirectionSchema).max(6).optional(),
      keyDecidersOnly: z.boolean().optional(),
      /** At most this many people (default 100). */
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    'Who has not seen the strongest recent entries, ordered: key deciders first, then by influence ' +
      '(highest first), then by days since they last saw anything (never first, then longest ago), then by name.',
  ),
  nudge: op<Nudge | null>()(
    'read',
    z.strictObject(Today),
    'The one nudge for Today, or null. A person dismissed in the last 7 days is skipped; ' +
      'after any dismissal today no other nudge shows until tomorrow.',
  ),
  dismissNudge: op<NudgeDismissal>()(
    'write',
    z.strictObject({ stakeholderId: Id, ...Today }),
    'Hide nudges about this person for a week (and any nudge for the rest of today).',
  ),
};

// ---------------------------------------------------------------- praise

/** Praise or feedback the user received. */
export interface Praise {
  id: string;
  words: string;
  /** The person in the map who said it; null for someone not in the map (or since deleted). */
  fromStakeholderId: string | null;
  /** Who said it: the person's current name, else the name as recorded. */
  fromName: string;
  /** The local day it was said. */
  receivedOn: string;
  channel: Channel | null;
  /** Free text: "All-hands", "#team-infra"… */
  where: string | null;
  /** The entry it is about; null when none (or when that entry was purged). */
  entryId: string | null;
  entryTitle: string | null;
  createdAt: string;
  updatedAt: string;
}

const Words = longText(5000).refine((s) => s !== null, 'must not be empty');
const FromName = shortText(120).nullable().optional();
const Where = shortText(200).nullable().optional();

export const praiseContract = {
  list: op<Praise[]>()(
    'read',
    z
      .strictObject({
        stakeholderId: Id.optional(),
        entryId: Id.optional(),
        from: Day.optional(),
        to: Day.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] }),
    'Praise newest first (by day received, then by when it was recorded); every filter narrows. Default limit 200.',
  ),
  create: op<Praise>()(
    'write',
    z.strictObject({
      words: Words,
      fromStakeholderId: Id.nullable().optional(),
      fromName: FromName,
      receivedOn: Day.optional(),
      channel: ChannelSchema.nullable().optional(),
      where: Where,
      entryId: Id.nullable().optional(),
    }),
    'Record praise. Give the person (fromStakeholderId) or a name (fromName); receivedOn defaults to today.',
  ),
  update: op<Praise>()(
    'write',
    z.strictObject({
      id: Id,
      words: Words.optional(),
      fromStakeholderId: Id.nullable().optional(),
      fromName: FromName,
      receivedOn: Day.optional(),
      channel: ChannelSchema.nullable().optional(),
      where: Where,
      entryId: Id.nullable().optional(),
    }),
    'Change praise; fields left out stay as they are. It must still say who said it.',
  ),
  delete: op<{ deleted: true }>()('write', z.strictObject({ id: Id }), 'Remove praise.'),
};

// ---------------------------------------------------------------- follow-ups

/** An entry marked "results pending": it comes back on Today on `followUpOn`. */
export interface FollowUp {
  entryId: string;
  followUpOn: string;
  note: string | null;
  createdAt: string;
  /** Day the outcome was recorded; null while pending. */
  resolvedOn: string | null;
  outcome: string | null;
  outcomeNumber: number | null;
  outcomeUnit: string | null;
}

/** A follow-up due on Today, with its entry (its `revision` is what resolve needs). */
export interface DueFollowUp {
  followUp: FollowUp;
  entry: EntrySummary;
  /** Days since the follow-up day (0 = due today). */
  daysOverdue: number;
}

const Outcome = shortText(1000).refine((s) => s !== null, 'must not be empty');

export const followupsContract = {
  set: op<FollowUp>()(
    'write',
    z.strictObject({ entryId: Id, followUpOn: Day, note: shortText(500).nullable().optional() }),
    'Mark an entry "results pending" until a day; replaces any earlier follow-up of the entry, resolved or not.',
  ),
  clear: op<{ cleared: boolean }>()(
    'write',
    z.strictObject({ entryId: Id }),
    'Remove an entry’s follow-up; cleared is false when it had none.',
  ),
  get: op<FollowUp | null>()('read', z.strictObject({ entryId: Id }), 'An entry’s follow-up, or null.'),
  list: op<FollowUp[]>()(
    'read',
    z.strictObject({ includeResolved: z.boolean().optional() }),
    'Follow-ups of live entries by follow-up day; pending only unless includeResolved.',
  ),
  due: op<DueFollowUp[]>()(
    'read',
    z.strictObject(Today),
    'Pending follow-ups of live entries whose day is today or earlier, oldest day first.',
  ),
  resolve: op<{ entry: Entry; followUp: FollowUp }>()(
    'write',
    z.strictObject({
      entryId: Id,
      revision: z.number().int().min(1),
      outcome: Outcome,
      number: z.number().min(-1e15).max(1e15).optional(),
      unit: shortText(40).nullable().optional(),
      ...Today,
    }),
    'Record the outcome: appended to the entry’s impact as "Outcome (<day>): <text> — <number> <unit>". ' +
      'Fails with "conflict" when `revision` is not the entry’s current one.',
  ),
};

// ---------------------------------------------------------------- updates

/** A short update ready to paste into an email or chat. */
export interface PreparedUpdate {
  title: string;
  markdown: string;
  /** TipTap document using only StarterKit nodes (heading, paragraph, bulletList, listItem, hardBreak, text; bold). */
  doc: DocNode;
  /** Entries included, in the order shown. */
  entryIds: string[];
  /** Matching entries left out because of `limit`. */
  omitted: number;
  /** Whether private notes about people are in it (only when asked for). */
  includesPrivateNotes: boolean;
}

export const updatesContract = {
  prepare: op<PreparedUpdate>()(
    'read',
    z
      .strictObject({
        /** For one person… */
        stakeholderId: Id.optional(),
        /** …or for everyone in a direction. Exactly one of the two. */
        direction: DirectionSchema.optional(),
        from: Day,
        to: Day,
        /** Entries at this level or above (default: task, so every rated entry). */
        minLevel: Level.optional(),
        /** Leave out entries the person (or anyone active in the direction) has already seen. */
        excludeSeen: z.boolean().optional(),
        /** Motivations, influences and notes are left out unless this is true. */
        includePrivateNotes: z.boolean().optional(),
        /** At most this many entries (default 100). */
        limit: z.number().int().min(1).max(500).optional(),
      })
      .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] })
      .refine((r) => (r.stakeholderId === undefined) !== (r.direction === undefined), {
        message: 'give either a person (stakeholderId) or a direction',
        path: ['stakeholderId'],
      }),
    'An update for a person or a direction: entries of a period at or above a level, highest level first, ' +
      'as Markdown and as a document. Private notes about people only when includePrivateNotes is true.',
  ),
};
