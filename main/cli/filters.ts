/**
 * The timeline's filters as flags, shared by `list` and `search`: --from --to --level
 * --min-level --saw --direction --tag --goal --starred (and --unrated, --trash).
 */
import type { EntryFilterInput } from '../../common/contract';
import { bool, type OptionSpecs, str, strs, type Values } from './args';
import { DATE_FORMS, parseDay } from './dates';
import { userError } from './errors';
import type { CliJournal } from './journal';
import { findGoal, peopleIds } from './resolve';
import { parseDirection, parseLevel } from './vocab';

export const FILTER_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  level: { type: 'string', multiple: true, short: 'l' },
  'min-level': { type: 'string' },
  saw: { type: 'string', multiple: true },
  direction: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true, short: 't' },
  goal: { type: 'string' },
  starred: { type: 'boolean' },
  unrated: { type: 'boolean' },
  trash: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** The filter part of --help. */
export const FILTER_HELP = `Filters (each narrows the list; repeat a flag to allow any of its values):
      --from DAY, --to DAY  Only entries on or after / on or before DAY:
                            ${DATE_FORMS}.
  -l, --level LEVEL         At this ownership level (repeatable).
      --min-level LEVEL     At this level or above.
      --saw NAME            Seen by this person (repeatable).
      --direction DIR       Seen by someone in this direction (repeatable):
                            up, skip-level, diagonal-up, sideways, down, outside.
  -t, --tag TAG             Carrying this tag (repeatable).
      --goal GOAL           Serving this goal (title or id).
      --starred             Starred entries only.
      --unrated             Imported entries with no level yet.
      --trash               Entries in the trash instead.`;

const FIELD_FLAGS: Record<string, string> = {
  from: '--from',
  to: '--to',
  levels: '--level',
  minLevel: '--min-level',
  stakeholders: '--saw',
  directions: '--direction',
  tags: '--tag',
  goalId: '--goal',
};

/** The flag behind a filter field the core complains about. */
export function filterFlag(field: string): string | undefined {
  return FIELD_FLAGS[field.split('.')[0]!];
}

/** Reads the filter flags; names (people, goals) are looked up in the journal. */
export function readFilters(values: Values, now: Date, journal: () => CliJournal): EntryFilterInput {
  const from = str(values, 'from');
  const to = str(values, 'to');
  const filter: EntryFilterInput = {};
  if (from !== undefined) filter.from = parseDay(from, now, '--from');
  if (to !== undefined) filter.to = parseDay(to, now, '--to');
  if (filter.from && filter.to && filter.from > filter.to) {
    throw userError(`--from ${filter.from} is after --to ${filter.to}`, 'invalid_date');
  }
  const levels = strs(values, 'level').map((l) => parseLevel(l, '--level'));
  if (levels.length) filter.levels = [...new Set(levels)];
  const min = str(values, 'min-level');
  if (min !== undefined) filter.minLevel = parseLevel(min, '--min-level');
  const directions = strs(values, 'direction').map((d) => parseDirection(d, '--direction'));
  if (directions.length) filter.directions = [...new Set(directions)];
  const tags = strs(values, 'tag');
  if (tags.length) filter.tags = tags;
  if (bool(values, 'starred')) filter.starred = true;
  if (bool(values, 'unrated')) filter.unrated = true;
  if (bool(values, 'trash')) filter.trash = true;
  const saw = strs(values, 'saw');
  if (saw.length) filter.stakeholders = [...new Set(peopleIds(journal(), saw, '--saw'))];
  const goal = str(values, 'goal');
  if (goal !== undefined) filter.goalId = findGoal(journal(), goal, '--goal').id;
  return filter;
}
