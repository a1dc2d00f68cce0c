/**
 * Rows of the journal's main tables as stored, one definition for every reader (the handlers
 * and the exports). The schema's STRICT tables and CHECK constraints guarantee each column's
 * type and allowed values, so readers map columns without re-validating them.
 */
import type { Direction, GoalStatus, OwnershipLevel } from '../../common/vocabulary';

export interface GoalRow {
  id: string;
  title: string;
  description: string | null;
  period_start: string | null;
  period_end: string | null;
  status: GoalStatus;
  created_at: string;
  updated_at: string;
}

export interface StakeholderRow {
  id: string;
  name: string;
  role: string | null;
  direction: Direction;
  key_decider: number;
  influence: number;
  motivations: string | null;
  influences: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface EntryRow {
  seq: number;
  id: string;
  occurred_on: string;
  created_at: string;
  updated_at: string;
  revision: number;
  title: string | null;
  body: string;
  body_text: string;
  word_count: number;
  level: OwnershipLevel | null;
  impact: string | null;
  starred: number;
  goal_id: string | null;
  deleted_at: string | null;
  source: string | null;
  source_id: string | null;
  /** The onboarding example entry (1), never counted as work. */
  example: number;
  /** Never suggested to anyone nor put in an update (1). */
  confidential: number;
}
