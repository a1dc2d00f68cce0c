/** The visibility radar: figures per direction and per key decider. */
import type { DirectionRadar, Radar } from '../../../common/contract';
import { DIRECTIONS } from '../../../common/vocabulary';
import type { Db } from '../db';
import { directionFigures, personFigures } from './figures';

/** All six directions (empty ones with zero figures) and the active key deciders, most influential first. */
export function radar(db: Db, today: string): Radar {
  const people = personFigures(db, today);
  const byDirection = directionFigures(db, today, people);
  const directions = DIRECTIONS.map(
    (direction): DirectionRadar =>
      byDirection.get(direction) ?? {
        direction,
        people: 0,
        reached90: 0,
        lastSeenOn: null,
        daysSince: null,
        recency: 'never',
        seen30: 0,
        seen90: 0,
        seenTotal: 0,
        highestLevel: null,
      },
  );
  const keyDeciders = people
    .filter((p) => p.keyDecider)
    .sort((x, y) => y.influence - x.influence)
    .map(({ id, keyDecider: _k, ...rest }) => ({ stakeholderId: id, ...rest }));
  return { today, directions, keyDeciders };
}
