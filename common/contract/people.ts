/** Stakeholders: the people who see (or should see) the user's work. */
import { z } from 'zod';
import type { Direction, OwnershipLevel } from '../vocabulary';
import { DirectionSchema, Id, longText, op, shortText } from './shared';

export interface Stakeholder {
  id: string;
  name: string;
  role: string | null;
  direction: Direction;
  /** Sits where promotions are decided. */
  keyDecider: boolean;
  /** 1 (little) … 5 (a great deal). */
  influence: number;
  motivations: string | null;
  influences: string | null;
  notes: string | null;
  /** Ids of the people this person is close to. */
  connections: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** A stakeholder with what they have seen of the user's work (live entries only). */
export interface StakeholderSummary extends Stakeholder {
  entriesSeen: number;
  lastSeenOn: string | null;
  highestLevelSeen: OwnershipLevel | null;
}

const Name = shortText(120).refine((s) => s !== null, 'must not be empty');
const Fields = {
  role: shortText(200).nullable().optional(),
  direction: DirectionSchema,
  keyDecider: z.boolean().optional(),
  influence: z.number().int().min(1).max(5).optional(),
  motivations: longText(5000).nullable().optional(),
  influences: longText(5000).nullable().optional(),
  notes: longText(20000).nullable().optional(),
};

export const peopleContract = {
  list: op<StakeholderSummary[]>()(
    'read',
    z.strictObject({ includeArchived: z.boolean().optional(), direction: DirectionSchema.optional() }),
    'Everyone, by name, with what they have seen.',
  ),
  get: op<StakeholderSummary>()('read', z.strictObject({ id: Id }), 'One person with what they have seen.'),
  create: op<StakeholderSummary>()(
    'write',
    z.strictObject({ name: Name, ...Fields }),
    'Add a person. Names are unique (ignoring case) among people not archived.',
  ),
  update: op<StakeholderSummary>()(
    'write',
    z.strictObject({ id: Id, name: Name.optional(), ...Fields, direction: DirectionSchema.optional() }),
    'Change a person’s details.',
  ),
  archive: op<StakeholderSummary>()('write', z.strictObject({ id: Id }), 'Hide a person who left; history stays.'),
  unarchive: op<StakeholderSummary>()('write', z.strictObject({ id: Id }), 'Bring an archived person back.'),
  delete: op<{ deleted: true }>()(
    'write',
    z.strictObject({ id: Id }),
    'Remove a person and every record of what they saw.',
  ),
  connect: op<StakeholderSummary>()(
    'write',
    z.strictObject({ id: Id, otherId: Id }),
    'Record that two people are close (both ways).',
  ),
  disconnect: op<StakeholderSummary>()('write', z.strictObject({ id: Id, otherId: Id }), 'Remove a connection.'),
};
