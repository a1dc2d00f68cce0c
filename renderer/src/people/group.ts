/** The people list, grouped by where each person sits relative to the user. */
import type { StakeholderSummary } from '../../../common/contract';
import type { Direction } from '../../../common/vocabulary';

/** The order groups appear in: the closest circles first, then upwards, then outside. */
export const DIRECTION_ORDER: readonly Direction[] = ['down', 'sideways', 'up', 'diagonal-up', 'skip-level', 'outside'];

/** Every direction with its people (by name); directions with nobody yet are kept so the page can teach. */
export function groupByDirection(
  people: readonly StakeholderSummary[],
): { direction: Direction; people: StakeholderSummary[] }[] {
  return DIRECTION_ORDER.map((direction) => ({
    direction,
    people: people
      .filter((p) => p.direction === direction)
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })),
  }));
}
