/** Goals (objectives, OKRs) that entries can serve, and tags. */
import { z } from 'zod';
import type { GoalStatus } from '../vocabulary';
import { Day, GoalStatusSchema, Id, longText, op, shortText, TagName } from './shared';

export interface Goal {
  id: string;
  title: string;
  description: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: GoalStatus;
  /** Live entries linked to this goal. */
  entryCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TagCount {
  name: string;
  /** Live entries carrying the tag. */
  count: number;
}

const Title = shortText(200).refine((s) => s !== null, 'must not be empty');
const Fields = {
  description: longText(5000).nullable().optional(),
  periodStart: Day.nullable().optional(),
  periodEnd: Day.nullable().optional(),
  status: GoalStatusSchema.optional(),
};

export const goalsContract = {
  list: op<Goal[]>()('read', z.strictObject({ status: GoalStatusSchema.optional() }), 'Goals, active first.'),
  create: op<Goal>()('write', z.strictObject({ title: Title, ...Fields }), 'Add a goal.'),
  update: op<Goal>()('write', z.strictObject({ id: Id, title: Title.optional(), ...Fields }), 'Change a goal.'),
  delete: op<{ deleted: true }>()(
    'write',
    z.strictObject({ id: Id }),
    'Remove a goal; its entries stay, unlinked.',
  ),
};

export const tagsContract = {
  list: op<TagCount[]>()('read', z.strictObject({}), 'Every tag with how many live entries carry it, most used first.'),
  rename: op<TagCount>()(
    'write',
    z.strictObject({ from: TagName, to: TagName }),
    'Rename a tag. If the new name is taken the call fails with "conflict": merge instead.',
  ),
  merge: op<TagCount>()(
    'write',
    z.strictObject({ from: z.array(TagName).min(1).max(50), into: TagName }),
    'Fold tags into one; entries keep a single copy.',
  ),
};
