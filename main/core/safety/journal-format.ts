/**
 * The Scopebook journal file format ("scopebook-journal", version 1): types and the strict
 * schema an import checks a file against. Documented in docs/journal-format.md.
 */
import { z } from 'zod';
import { checkDoc, type DocNode, Day, normaliseTag, Id, Level, ChannelSchema, DirectionSchema, GoalStatusSchema } from '../../../common/contract';
import type { Channel, Direction, GoalStatus, OwnershipLevel } from '../../../common/vocabulary';

export const JOURNAL_FORMAT = 'scopebook-journal';
export const JOURNAL_VERSION = 1;

export interface GoalV1 {
  id: string;
  title: string;
  description: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: GoalStatus;
  createdAt: string;
  updatedAt: string;
}

export interface PersonV1 {
  id: string;
  name: string;
  role: string | null;
  direction: Direction;
  keyDecider: boolean;
  influence: number;
  motivations: string | null;
  influences: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** The person's email addresses (lower case), matched against commit trailers and meeting attendees. Left out when none. */
  emails?: string[];
}

/** "Results pending" on an entry: when to look back, and the outcome once known. */
export interface FollowUpV1 {
  followUpOn: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  resolvedOn: string | null;
  outcome: string | null;
  outcomeNumber: number | null;
  outcomeUnit: string | null;
}

export interface EntryV1 {
  id: string;
  occurredOn: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  title: string | null;
  body: DocNode;
  /** Derived from body; informative only (an import recomputes it). */
  bodyText: string;
  level: OwnershipLevel | null;
  impact: string | null;
  starred: boolean;
  goalId: string | null;
  deletedAt: string | null;
  tags: string[];
  seenBy: { personId: string; channel: Channel | null }[];
  source: string | null;
  sourceId: string | null;
  followUp: FollowUpV1 | null;
  /** Present (true) only for the onboarding example entry. */
  example?: true;
  /** Present (true) only for an entry marked confidential. */
  confidential?: true;
}

/** Praise the user received. */
export interface PraiseV1 {
  id: string;
  words: string;
  fromPersonId: string | null;
  fromName: string;
  receivedOn: string;
  channel: Channel | null;
  place: string | null;
  entryId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewTemplateV1 {
  id: string;
  name: string;
  description: string | null;
  /** The template's sections as the review generator stores them. */
  sections: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewV1 {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  templateId: string;
  /** What the draft was generated from (template snapshot, period, filters). */
  settings: unknown;
  document: DocNode;
  generatedHash: string;
  edited: boolean;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface JournalV1 {
  format: typeof JOURNAL_FORMAT;
  version: typeof JOURNAL_VERSION;
  settings: Record<string, unknown>;
  tags: string[];
  goals: GoalV1[];
  people: PersonV1[];
  connections: [string, string][];
  reviewTemplates: ReviewTemplateV1[];
  reviews: ReviewV1[];
  praise: PraiseV1[];
  nudgeDismissals: { personId: string; dismissedOn: string }[];
  entries: EntryV1[];
}

/**
 * Every table of the schema the format carries (directly or as part of a record). A test
 * compares this with the schema, so a new table cannot be left out of exports unnoticed.
 */
export const EXPORTED_TABLES = [
  'settings',
  'tags',
  'goals',
  'stakeholders',
  'stakeholder_links',
  'review_templates',
  'reviews',
  'praise',
  'nudge_dismissals',
  'entries',
  'entry_tags',
  'entry_stakeholders',
  'entry_followups',
] as const;

/**
 * Tables the format does not carry, each on purpose: evidence waiting in Triage, the commits and
 * meetings already read are working state of this machine's imports (importing the repository or
 * calendar again brings them back). People's email addresses travel with each person (`emails`).
 */
export const NOT_EXPORTED_TABLES: readonly string[] = [
  'evidence_candidates', 'evidence_seen', 'evidence_meetings', 'evidence_meeting_attendees', 'stakeholder_emails',
];

const Instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO-8601 instant');
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const Tag = z
  .string()
  .min(1)
  .max(60)
  .refine((t) => normaliseTag(t) === t, 'must be a stored tag name (lower-case, no spaces, no leading #)');

const Body = z.unknown().superRefine((v, ctx) => {
  const problem = checkDoc(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const GoalSchema = z.strictObject({
  id: Id,
  title: text(200).min(1),
  description: text(5000).nullable(),
  periodStart: Day.nullable(),
  periodEnd: Day.nullable(),
  status: GoalStatusSchema,
  createdAt: Instant,
  updatedAt: Instant,
});

const PersonSchema = z.strictObject({
  id: Id,
  name: text(120).min(1),
  role: text(200).nullable(),
  direction: DirectionSchema,
  keyDecider: z.boolean(),
  influence: z.number().int().min(1).max(5),
  motivations: text(5000).nullable(),
  influences: text(5000).nullable(),
  notes: text(20000).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  archivedAt: Instant.nullable(),
  emails: z.array(z.string().max(320).regex(/^[^\sA-Z@]+@[^\sA-Z@]+$/, 'must be a lower-case email address')).max(20).optional(),
});

const FollowUpSchema = z
  .strictObject({
    followUpOn: Day,
    note: text(5000).nullable(),
    createdAt: Instant,
    updatedAt: Instant,
    resolvedOn: Day.nullable(),
    outcome: text(5000).nullable(),
    outcomeNumber: z.number().finite().nullable(),
    outcomeUnit: text(200).nullable(),
  })
  .refine((f) => (f.resolvedOn === null) === (f.outcome === null), 'resolvedOn and outcome are set together');

const PraiseSchema = z.strictObject({
  id: Id,
  words: text(5000).min(1),
  fromPersonId: Id.nullable(),
  fromName: text(120).min(1),
  receivedOn: Day,
  channel: ChannelSchema.nullable(),
  place: text(200).nullable(),
  entryId: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});

const EntrySchema = z.strictObject({
  id: Id,
  occurredOn: Day,
  createdAt: Instant,
  updatedAt: Instant,
  revision: z.number().int().min(1),
  title: text(300).nullable(),
  body: Body,
  bodyText: text(2_100_000),
  level: Level.nullable(),
  impact: text(2000).nullable(),
  starred: z.boolean(),
  goalId: Id.nullable(),
  deletedAt: Instant.nullable(),
  tags: z.array(Tag).max(200),
  seenBy: z.array(z.strictObject({ personId: Id, channel: ChannelSchema.nullable() })).max(1000),
  source: text(40).nullable(),
  sourceId: text(500).nullable(),
  followUp: FollowUpSchema.nullable(),
  example: z.literal(true).optional(),
  confidential: z.literal(true).optional(),
});

const ReviewTemplateSchema = z.strictObject({
  id: text(100).min(1),
  name: text(200).min(1),
  description: text(5000).nullable(),
  sections: z.unknown(),
  createdAt: Instant,
  updatedAt: Instant,
});

const ReviewSchema = z
  .strictObject({
    id: Id,
    title: text(300).min(1),
    periodFrom: Day,
    periodTo: Day,
    templateId: text(100).min(1),
    settings: z.unknown(),
    document: Body,
    generatedHash: text(200),
    edited: z.boolean(),
    revision: z.number().int().min(1),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .refine((r) => r.periodFrom <= r.periodTo, 'the period must not end before it starts');

/** The whole file. Checked strictly: an unknown field is an error, not silently dropped. */
export const JournalSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(JOURNAL_VERSION),
  settings: z.record(z.string().max(200), z.unknown()),
  tags: z.array(Tag).max(100_000),
  goals: z.array(GoalSchema).max(100_000),
  people: z.array(PersonSchema).max(100_000),
  connections: z.array(z.tuple([Id, Id])).max(1_000_000),
  reviewTemplates: z.array(ReviewTemplateSchema).max(10_000),
  reviews: z.array(ReviewSchema).max(100_000),
  praise: z.array(PraiseSchema).max(1_000_000),
  nudgeDismissals: z.array(z.strictObject({ personId: Id, dismissedOn: Day })).max(100_000),
  entries: z.array(EntrySchema).max(1_000_000),
});
