/**
 * Self-reviews: period presets, review templates, drafts generated from the journal and
 * saved as reviews the user edits, and their export to Markdown or HTML.
 *
 * A generated draft is a TipTap document made only of StarterKit nodes (heading,
 * paragraph, bulletList, orderedList, listItem, text with bold/italic/link marks), so the
 * editor loads it without custom extensions. Every item about an entry links back to it
 * with a link mark whose href is `scopebook://entry/<id>` (see entryHref / entryIdFromHref;
 * the editor's Link extension must list `scopebook` in its `protocols`).
 */
import { z } from 'zod';
import type { Direction, OwnershipLevel } from '../vocabulary';
import { Day, DirectionSchema, Doc, type DocNode, Id, Level, op, shortText, TagName } from './shared';

// ---------------------------------------------------------------- periods

/** How the period of a review is chosen. Every period is a range of calendar days, inclusive. */
export const PERIOD_PRESETS = [
  'last-6-months',
  'this-half',
  'this-quarter',
  'year-to-date',
  'last-year',
  'since-last-review',
  'this-cycle',
  'custom',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PERIOD_PRESET_LABELS: Record<PeriodPreset, string> = {
  'last-6-months': 'Last 6 months',
  'this-half': 'This half-year',
  'this-quarter': 'This quarter',
  'year-to-date': 'Year to date',
  'last-year': 'Last year',
  'since-last-review': 'Since the last saved review',
  'this-cycle': 'This review cycle',
  custom: 'Custom range',
};

/** Calendar days `from` … `to`, both included (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

/** A preset resolved to real dates for a given day. */
export interface PeriodOption extends DayRange {
  preset: PeriodPreset;
  label: string;
}

// ---------------------------------------------------------------- templates

/**
 * What a section of a review shows:
 * - `summary`: entries, days journaled, goals touched, project-level work, people reached, highest level;
 * - `highlights`: starred entries first, then the highest ownership levels;
 * - `scopeGrowth`: share of entries at each level versus the previous period of the same length;
 * - `byGoal` / `byTag`: work grouped by goal or by tag;
 * - `visibility`: who saw the work, by direction, and key deciders who saw nothing (gaps);
 * - `entries`: the entries matching the section's `rule`;
 * - `praise`: praise and feedback received in the period (by the day received), newest first;
 * - `promotionCase`: the argument for the next level: what was owned at each level, the widest
 *   scope, who above and beside the manager saw it, and what is missing;
 * - `themes`: "Areas of focus", the entries grouped offline into a handful of themes named by
 *   their top words and tags.
 */
export const SECTION_KINDS = [
  'summary',
  'highlights',
  'scopeGrowth',
  'byGoal',
  'byTag',
  'visibility',
  'entries',
  'praise',
  'promotionCase',
  'themes',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/**
 * Which entries an `entries` section lists. An entry matches when it is at `minLevel` or
 * above (if set) AND, when tags or directions are given, it carries any of the tags OR was
 * seen by someone in any of the directions.
 */
export interface SectionRule {
  tags: string[];
  directions: Direction[];
  minLevel: OwnershipLevel | null;
}

export interface TemplateSection {
  /** Unique within its template (lower-case letters, digits and '-'). */
  id: string;
  kind: SectionKind;
  /** The section's heading in the draft. */
  title: string;
  /** Turned-off sections stay in the template but are not generated. */
  enabled: boolean;
  /** Most entries (per group for byGoal/byTag) or pieces of praise listed; null: the kind's default. */
  limit: number | null;
  /** Only for `entries` sections. */
  rule: SectionRule | null;
  /** Says in words which entries the section takes. */
  description: string | null;
}

export interface ReviewTemplate {
  /** Built-ins have fixed names ('brag-document', …); the user's templates have ids. */
  id: string;
  name: string;
  description: string | null;
  builtIn: boolean;
  sections: TemplateSection[];
  createdAt: string | null;
  updatedAt: string | null;
}

// ---------------------------------------------------------------- reviews

export interface ReviewFilters {
  /** Entries linked to any of these goals (empty: any). */
  goalIds: string[];
  /** Entries carrying any of these tags (empty: any). */
  tags: string[];
  minLevel: OwnershipLevel | null;
  starredOnly: boolean;
}

/** Everything a draft is generated from, as stored with a review (the template is a snapshot). */
export interface ReviewSettings {
  templateId: string;
  templateName: string;
  sections: TemplateSection[];
  preset: PeriodPreset;
  period: DayRange;
  /** Month (1–12) the user's year starts in, for the half-year, quarter and year presets. */
  cycleStartMonth: number;
  filters: ReviewFilters;
}

/** Counts and percentages of rated entries per ownership level. Percentages are whole numbers summing to 100. */
export interface LevelShares {
  total: number;
  counts: Record<OwnershipLevel, number>;
  percents: Record<OwnershipLevel, number>;
}

/** The numbers behind a draft, for the UI to show next to it. */
export interface ReviewFigures {
  entries: number;
  daysJournaled: number;
  starred: number;
  goalsTouched: number;
  /** Entries at project level or above. */
  projectLevelEntries: number;
  peopleReached: number;
  highestLevel: OwnershipLevel | null;
  levels: { current: LevelShares; previous: LevelShares };
  /** Active key deciders who saw no entry of the period at all. */
  gaps: { id: string; name: string; direction: Direction }[];
  /**
   * Runs of consecutive months of the period with little or nothing written (fewer than a
   * half the monthly average of the period, or none): a review drawn from this period would
   * over-weight the recent months. Each run gives its first and last day and its entry count.
   */
  quiet: { from: string; to: string; months: string[]; entries: number }[];
}

export interface ReviewDraft {
  period: DayRange;
  /** The period of the same length just before, that scope growth compares with. */
  previousPeriod: DayRange;
  settings: ReviewSettings;
  document: DocNode;
  figures: ReviewFigures;
}

export interface ReviewSummary {
  id: string;
  title: string;
  period: DayRange;
  templateId: string;
  templateName: string;
  /** The document differs from the one last generated: regenerating would replace the user's edits. */
  edited: boolean;
  /** Increases on every write; send it back with an update to detect conflicts. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface Review extends ReviewSummary {
  settings: ReviewSettings;
  document: DocNode;
  /** SHA-256 of the last generated document (canonical JSON). */
  generatedHash: string;
}

export interface ReviewExport {
  filename: string;
  mimeType: string;
  /** The whole file as text (UTF-8). */
  content: string;
}

export const EXPORT_FORMATS = ['markdown', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// ---------------------------------------------------------------- entry links

/** Links from a review item to its entry start with this. */
export const ENTRY_LINK_PREFIX = 'scopebook://entry/';

/** The href of a link to an entry. */
export function entryHref(entryId: string): string {
  return `${ENTRY_LINK_PREFIX}${entryId}`;
}

/** Links from a review's figures to the timeline filtered to what they count start with this. */
export const TIMELINE_LINK_PREFIX = 'scopebook://timeline?';

/** The href of a link to the timeline with the query `query` (the timeline's own hash query). */
export function timelineHref(query: string): string {
  return `${TIMELINE_LINK_PREFIX}${query}`;
}

/** The entry id an href points to, or null when it is not an entry link. */
export function entryIdFromHref(href: string): string | null {
  if (!href.startsWith(ENTRY_LINK_PREFIX)) return null;
  const id = href.slice(ENTRY_LINK_PREFIX.length);
  return Id.safeParse(id).success ? id : null;
}

// ---------------------------------------------------------------- inputs

const Name = shortText(200).refine((s) => s !== null, 'must not be empty');
/** Built-in template names or user template ids. */
const TemplateId = z.string().min(1).max(64);

const SectionRuleInput = z.strictObject({
  tags: z.array(TagName).max(50).optional(),
  directions: z.array(DirectionSchema).max(6).optional(),
  minLevel: Level.nullable().optional(),
});

const SectionInput = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and "-" (at most 40)'),
    kind: z.enum(SECTION_KINDS),
    title: shortText(120).refine((s) => s !== null, 'must not be empty'),
    enabled: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).nullable().optional(),
    rule: SectionRuleInput.nullable().optional(),
    description: shortText(1000).nullable().optional(),
  })
  .refine((s) => s.kind === 'entries' || !s.rule, { message: 'only "entries" sections have a rule', path: ['rule'] })
  .transform(
    (s): TemplateSection => ({
      id: s.id,
      kind: s.kind,
      title: s.title!,
      enabled: s.enabled ?? true,
      limit: s.limit ?? null,
      rule:
        s.kind === 'entries'
          ? {
              tags: [...new Set(s.rule?.tags ?? [])],
              directions: [...new Set(s.rule?.directions ?? [])],
              minLevel: s.rule?.minLevel ?? null,
            }
          : null,
      description: s.description ?? null,
    }),
  );

/** A template's sections, in the order they appear in the draft. */
const SectionsInput = z
  .array(SectionInput)
  .min(1)
  .max(40)
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'section ids must be unique');

const PeriodInput = z
  .strictObject({
    preset: z.enum(PERIOD_PRESETS),
    /** Only for 'custom'. */
    from: Day.optional(),
    to: Day.optional(),
    cycleStartMonth: z.number().int().min(1).max(12).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.preset === 'custom') {
      if (!p.from) ctx.addIssue({ code: 'custom', message: 'a custom range needs "from"', path: ['from'] });
      if (!p.to) ctx.addIssue({ code: 'custom', message: 'a custom range needs "to"', path: ['to'] });
      if (p.from && p.to && p.from > p.to) {
        ctx.addIssue({ code: 'custom', message: '"from" must not be after "to"', path: ['to'] });
      }
    } else if (p.from !== undefined || p.to !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'only a custom range takes "from" and "to"', path: ['from'] });
    }
  });

const FiltersInput = z.strictObject({
  goalIds: z.array(Id).max(100).optional(),
  tags: z.array(TagName).max(50).optional(),
  minLevel: Level.nullable().optional(),
  starredOnly: z.boolean().optional(),
});

/** What to generate: a template (optionally with its sections rearranged), a period and filters. */
const SettingsShape = {
  templateId: TemplateId,
  /** Replaces the template's sections for this draft (reordered, turned off, retitled). */
  sections: SectionsInput.optional(),
  period: PeriodInput,
  /** The day presets are computed from; defaults to the core's local today. */
  today: Day.optional(),
  filters: FiltersInput.optional(),
};
export const ReviewSettingsInput = z.strictObject(SettingsShape);
/** Settings as a caller sends them (`reviews:preview`, `reviews:create`), before validation. */
export type ReviewSettingsRequest = z.input<typeof ReviewSettingsInput>;
/** Settings as the core receives them, after validation. */
export type ParsedReviewSettings = z.output<typeof ReviewSettingsInput>;

export const reviewContract = {
  templates: op<ReviewTemplate[]>()(
    'read',
    z.strictObject({}),
    'Built-in templates (in a fixed order), then the user’s own by name.',
  ),
  saveTemplate: op<ReviewTemplate>()(
    'write',
    z.strictObject({
      id: Id.optional(),
      name: Name,
      description: shortText(1000).nullable().optional(),
      sections: SectionsInput,
    }),
    'Save the user’s own template: a new one without `id`, or replace the one with `id`.',
  ),
  deleteTemplate: op<{ deleted: true }>()(
    'write',
    z.strictObject({ id: TemplateId }),
    'Delete one of the user’s templates. Reviews made from it keep their copy.',
  ),
  periods: op<PeriodOption[]>()(
    'read',
    z.strictObject({ today: Day.optional(), cycleStartMonth: z.number().int().min(1).max(12).optional() }),
    'The dates of every preset for `today` (custom excluded; "since the last saved review" only when there is one).',
  ),
  preview: op<ReviewDraft>()('read', ReviewSettingsInput, 'Generate a draft without saving it.'),
  create: op<Review>()(
    'write',
    z.strictObject({ ...SettingsShape, title: Name.optional() }),
    'Generate a draft and save it as a review.',
  ),
  list: op<ReviewSummary[]>()('read', z.strictObject({}), 'Saved reviews, newest first.'),
  get: op<Review>()('read', z.strictObject({ id: Id }), 'One review with its document.'),
  update: op<Review>()(
    'write',
    z.strictObject({ id: Id, revision: z.number().int().min(1), title: Name.optional(), document: Doc.optional() }),
    'Save the user’s edits. Fails with "conflict" when `revision` is not the current one.',
  ),
  regenerate: op<Review>()(
    'write',
    z.strictObject({
      id: Id,
      revision: z.number().int().min(1).optional(),
      replaceEdits: z.boolean().optional(),
      settings: ReviewSettingsInput.optional(),
    }),
    'Generate the document again (from new settings if given). Fails with "conflict" when the user edited it, unless `replaceEdits`.',
  ),
  delete: op<{ deleted: true }>()('write', z.strictObject({ id: Id }), 'Delete a review.'),
  export: op<ReviewExport>()(
    'read',
    z.strictObject({ id: Id, format: z.enum(EXPORT_FORMATS) }),
    'The review as a Markdown or standalone HTML file (text), for the UI to save.',
  ),
  exportDraft: op<ReviewExport>()(
    'read',
    z.strictObject({ ...SettingsShape, title: Name.optional(), format: z.enum(EXPORT_FORMATS) }),
    'A draft, not saved, as a Markdown or HTML file with its Evidence appendix (what the CLI prints).',
  ),
};
