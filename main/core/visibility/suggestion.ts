/** The words of a gap's suggestion and of the nudge on Today. */
import type { GapEntry } from '../../../common/contract';
import { type Direction, LEVEL_INFO } from '../../../common/vocabulary';
import { excerpt } from '../text';
import { shortDay } from './days';

/** What a suggestion calls an entry: its title, else the start of its first line of text. */
export function entryLabel(title: string | null, text: string): string {
  if (title) return title;
  const firstLine = text.split('\n').find((l) => l.trim() !== '');
  return firstLine ? excerpt(firstLine, 60) : 'Untitled entry';
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
