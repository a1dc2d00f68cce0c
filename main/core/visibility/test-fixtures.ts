/** Small builders for the visibility tests: people and entries on given days, seen by given people. */
import type { Entry, StakeholderSummary } from '../../../common/contract';
import type { Direction, OwnershipLevel } from '../../../common/vocabulary';
import type { Core } from '../api';
import { doc, ok } from '../test-helpers';

/** Adds a person to the map. */
export function person(
  core: Core,
  name: string,
  direction: Direction,
  extra: { keyDecider?: boolean; influence?: number; motivations?: string; influences?: string; notes?: string } = {},
): StakeholderSummary {
  return ok(core, 'people:create', { name, direction, ...extra });
}

/** Writes an entry on `day` at `level`, seen by `seenBy`. */
export function entry(
  core: Core,
  day: string,
  level: OwnershipLevel,
  seenBy: StakeholderSummary[] = [],
  extra: { title?: string; text?: string; starred?: boolean; impact?: string } = {},
): Entry {
  return ok(core, 'entries:create', {
    occurredOn: day,
    ownershipLevel: level,
    title: extra.title ?? `${level} on ${day}`,
    body: doc(extra.text ?? `Work done on ${day}`),
    starred: extra.starred ?? false,
    impact: extra.impact ?? null,
    seenBy: seenBy.map((p) => ({ stakeholderId: p.id })),
  });
}

/** Runs `body` with process.env.TZ set to `zone`, restoring the previous zone afterwards. */
export function inZone<T>(zone: string, body: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
