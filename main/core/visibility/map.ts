/** The people map's data: active people with what they saw, and their connections. */
import type { MapConnection, PeopleMap } from '../../../common/contract';
import { DIRECTIONS } from '../../../common/vocabulary';
import type { Db } from '../db';
import { personFigures } from './figures';

/** Active people by direction (vocabulary order) then name, and the links between them. */
export function peopleMap(db: Db, today: string): PeopleMap {
  const people = personFigures(db, today);
  // Array.prototype.sort is stable: within a direction the name order of the query stays.
  people.sort((x, y) => DIRECTIONS.indexOf(x.direction) - DIRECTIONS.indexOf(y.direction));
  const connections = db
    .prepare(
      `SELECT l.a, l.b FROM stakeholder_links l
       JOIN stakeholders sa ON sa.id = l.a JOIN stakeholders sb ON sb.id = l.b
       WHERE sa.archived_at IS NULL AND sb.archived_at IS NULL
       ORDER BY l.a, l.b`,
    )
    .all() as MapConnection[];
  return { today, people, connections };
}
