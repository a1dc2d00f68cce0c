/** The words of a gap's suggestion and of the nudge on Today. */
import type { GapEntry } from '../../../common/contract';
import { type Direction, LEVEL_INFO, type OwnershipLevel } from '../../../common/vocabulary';
import { excerpt } from '../text';
import { shortDay } from './days';

/** What a suggestion calls an entry: its title, else the start of its first line of text. */
export function entryLabel(title: string | null, text: string): string {
  if (title) return title;
  const firstLine = text.split('\n').find((l) => l.trim() !== '');
  return firstLine ? excerpt(firstLine, 60) : 'Untitled entry';
}

/**
 * Whether an entry at `level` is worth showing to someone in `direction`. Up, skip-level,
 * diagonal-up and sideways may see any of your work. Someone outside the company sees
 * customer-facing outcomes only (Product value); your reports never get Business-leverage
 * work suggested (decisions about the organisation's people and money). Entries marked
 * confidential are never suggested to anyone (left out before this is asked).
 */
export function fitsAudience(level: OwnershipLevel, direction: Direction): boolean {
  if (direction === 'outside') return level === 'value';
  if (direction === 'down') return level !== 'leverage';
  return true;
}

function lastSeenClause(daysSince: number | null): string {
  if (daysSince === null) return 'who has not seen any of your work yet';
  if (daysSince === 0) return 'who last saw your work today';
  if (daysSince === 1) return 'who last saw your work yesterday';
  return `who last saw your work ${daysSince} days ago`;
}

/**
 * e.g. “Data migration write-up” (project level, 12 Nov) has not been seen by Ana
 * (diagonal-up), who last saw your work 74 days ago.
 */
export function suggestionText(
  entry: GapEntry,
  person: { name: string; direction: Direction; daysSince: number | null },
  today: string,
): string {
  const level = LEVEL_INFO[entry.level].label.toLowerCase();
  return (
    `“${entry.label}” (${level} level, ${shortDay(entry.occurredOn, today)}) has not been seen by ` +
    `${person.name} (${person.direction}), ${lastSeenClause(person.daysSince)}.`
  );
}
