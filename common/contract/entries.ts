/** Entries: the journal itself, its trash, and full-text search. */
import { z } from 'zod';
import type { Channel, Direction, OwnershipLevel } from '../vocabulary';
import {
  ChannelSchema,
  Day,
  DirectionSchema,
  Doc,
  type DocNode,
  Id,
  Level,
  NewId,
  op,
  type Page,
  PageInput,
  shortText,
  TagName,
} from './shared';

/** A stakeholder recorded as having seen an entry. */
export interface SeenBy {
  stakeholderId: string;
  name: string;
  direction: Direction;
  channel: Channel | null;
}

export interface Entry {
  id: string;
  /** The local calendar day the work happened (YYYY-MM-DD). */
  occurredOn: string;
  createdAt: string;
  updatedAt: string;
  /** Increases on every write; send it back with an update to detect conflicts. */
  revision: number;
  title: string | null;
  body: DocNode;
  /** Plain text derived from `body` by the core. */
  bodyText: string;
  /** null only for imported entries awaiting triage. */
  ownershipLevel: OwnershipLevel | null;
  impact: string | null;
  starred: boolean;
  tags: string[];
  seenBy: SeenBy[];
  goalId: string | null;
  deletedAt: string | null;
  /** The onboarding example: shown like any entry, but never counted or suggested anywhere. */
  example: boolean;
  /** Never suggested to anyone and never put in an update. */
  confidential: boolean;
}

/** What list and search return: an entry without its document, with a short excerpt. */
export interface EntrySummary extends Omit<Entry, 'body' | 'bodyText'> {
  excerpt: string;
  wordCount: number;
}

export interface SearchHit {
  entry: EntrySummary;
  /** Matched text with highlights between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string;
}

/**
 * How a search page is ordered. Ranking every hit of a very common word costs time in
 * proportion to the hits, so on big journals the core bounds it:
 * - `relevance`: every hit ranked (bm25, title and impact weigh more);
 * - `recent-relevance`: more hits than SEARCH_RANK_WINDOW: the most recently written
 *   SEARCH_RANK_WINDOW hits are ranked and come first, older hits follow newest first;
 * - `newest`: newest first (by day): asked for with sort 'recent', or a phrase or prefix* query
 *   with more hits than SEARCH_RANK_WINDOW (too slow to rank at all).
 */
export type SearchRanking = 'relevance' | 'recent-relevance' | 'newest';

/** How many of the most recent hits a search ranks when there are more (see SearchRanking). */
export const SEARCH_RANK_WINDOW = 1000;

export interface SearchPage extends Page<SearchHit> {
  /** How the hits are ordered, so the UI can say "most recent matches first" when it is not pure relevance. */
  ranking?: SearchRanking;
}

/** Highlight markers used in search snippets (control characters never stored in text). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

const SeenByInput = z.strictObject({ stakeholderId: Id, channel: ChannelSchema.nullable().optional() });

const Title = shortText(300).nullable();
const Impact = shortText(2000).nullable();

/** Filters shared by list, count and search. Every filter narrows; within one filter, any value matches. */
export const EntryFilter = {
  from: Day.optional(),
  to: Day.optional(),
  levels: z.array(Level).max(5).optional(),
  minLevel: Level.optional(),
  /** Only entries with no ownership level yet (imported, awaiting triage). */
  unrated: z.boolean().optional(),
  stakeholders: z.array(Id).max(100).optional(),
  directions: z.array(DirectionSchema).max(6).optional(),
  tags: z.array(TagName).max(50).optional(),
  goalId: Id.optional(),
  starred: z.boolean().optional(),
  /** true: only entries in the trash; otherwise only live entries. */
  trash: z.boolean().optional(),
};

const FilterObject = z.strictObject(EntryFilter);
export type EntryFilterInput = z.input<typeof FilterObject>;

export const entriesContract = {
  create: op<Entry>()(
    'write',
    z.strictObject({
      /** Chosen by the caller before sending, so a retry after a lost answer cannot write twice. */
      id: NewId.optional(),
      occurredOn: Day.optional(),
      title: Title.optional(),
      body: Doc,
      ownershipLevel: Level,
      impact: Impact.optional(),
      starred: z.boolean().optional(),
      tags: z.array(TagName).max(50).optional(),
      seenBy: z.array(SeenByInput).max(200).optional(),
      goalId: Id.nullable().optional(),
      confidential: z.boolean().optional(),
      /** Only the app's first run writes the example entry. */
      example: z.boolean().optional(),
    }),
    'Write a new entry. Mentions in the body are added to seenBy, #hashtags to tags. With an `id` (a UUIDv7 the caller chose), a second create with the same id returns the entry already written (in the trash or not) and changes nothing.',
  ),
  update: op<Entry>()(
    'write',
    z.strictObject({
      id: Id,
      revision: z.number().int().min(1),
      occurredOn: Day.optional(),
      title: Title.optional(),
      body: Doc.optional(),
      ownershipLevel: Level.nullable().optional(),
      impact: Impact.optional(),
      starred: z.boolean().optional(),
      tags: z.array(TagName).max(50).optional(),
      seenBy: z.array(SeenByInput).max(200).optional(),
      goalId: Id.nullable().optional(),
      confidential: z.boolean().optional(),
    }),
    'Change an entry. Fails with "conflict" when `revision` is not the current one.',
  ),
  get: op<Entry>()('read', z.strictObject({ id: Id }), 'One entry with its document.'),
  delete: op<Entry>()('write', z.strictObject({ id: Id }), 'Move an entry to the trash.'),
  restore: op<Entry>()('write', z.strictObject({ id: Id }), 'Bring an entry back from the trash.'),
  purge: op<{ purged: number }>()(
    'write',
    z.strictObject({ ids: z.array(Id).min(1).max(10_000) }),
    'Delete trashed entries for good. Entries not in the trash are refused.',
  ),
  list: op<Page<EntrySummary>>()(
    'read',
    z.strictObject({ ...EntryFilter, ...PageInput }),
    'Entries newest first (by day, then by creation), cursor-paged. In the trash: most recently deleted first.',
  ),
  count: op<{ count: number }>()('read', FilterObject, 'How many entries match the filters.'),
  search: op<SearchPage>()(
    'read',
    z.strictObject({
      query: z.string().max(500),
      sort: z.enum(['relevance', 'recent']).optional(),
      ...EntryFilter,
      ...PageInput,
    }),
    'Full-text search over title, text and impact: words, "phrases" and prefix* queries.',
  ),
};
