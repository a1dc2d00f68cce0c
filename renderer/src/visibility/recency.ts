/** How "last seen" reads to a person, shared by the map, its table and the radar. */
import type { SeenFigures } from '../../../common/contract';

/** "today", "yesterday", "12 days ago", "never". */
export function lastSeenText(f: Pick<SeenFigures, 'daysSince'>): string {
  if (f.daysSince === null) return 'never';
  if (f.daysSince === 0) return 'today';
  if (f.daysSince === 1) return 'yesterday';
  return `${f.daysSince} days ago`;
}
