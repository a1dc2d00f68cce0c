/**
 * The product's vocabulary: ownership levels, stakeholder directions and channels.
 * Pure data, shared by the core, the shell, the renderer and the CLI — the one place
 * where these labels and explanations live.
 */

/** Ownership levels, from the narrowest scope to the widest. Order matters. */
export const OWNERSHIP_LEVELS = ['task', 'milestone', 'project', 'value', 'leverage'] as const;
export type OwnershipLevel = (typeof OWNERSHIP_LEVELS)[number];

export interface LevelInfo {
  id: OwnershipLevel;
  /** 1 (task) … 5 (leverage): used to compare and to filter by a minimum level. */
  rank: number;
  label: string;
  /** One short symbol so a level is never told apart by colour alone. */
  glyph: string;
  explanation: string;
}

export const LEVEL_INFO: Record<OwnershipLevel, LevelInfo> = {
  task: {
    id: 'task',
    rank: 1,
    label: 'Task',
    glyph: '●',
    explanation: 'Day-to-day work: a piece you delivered yourself.',
  },
  milestone: {
    id: 'milestone',
    rank: 2,
    label: 'Milestone',
    glyph: '◆',
    explanation: 'Tasks tied together into a milestone your team reached.',
  },
  project: {
    id: 'project',
    rank: 3,
    label: 'Project',
    glyph: '▲',
    explanation: 'The whole project someone chose to invest in, and how it went.',
  },
  value: {
    id: 'value',
    rank: 4,
    label: 'Product value',
    glyph: '★',
    explanation: 'What the work does for the business and its customers, and where the product should go.',
  },
  leverage: {
    id: 'leverage',
    rank: 5,
    label: 'Business leverage',
    glyph: '⬢',
    explanation: 'Whether this is the best use of the organisation’s people and money at all.',
  },
};

/** Rank of a level (1–5), or 0 for "not set". */
export function levelRank(level: OwnershipLevel | null | undefined): number {
  return level ? LEVEL_INFO[level].rank : 0;
}

/** Levels at or above `min`, in ascending order. */
export function levelsAtLeast(min: OwnershipLevel): OwnershipLevel[] {
  return OWNERSHIP_LEVELS.filter((l) => LEVEL_INFO[l].rank >= LEVEL_INFO[min].rank);
}

/** Where a stakeholder sits relative to the user. */
export const DIRECTIONS = ['up', 'skip-level', 'diagonal-up', 'sideways', 'down', 'outside'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_INFO: Record<Direction, { id: Direction; label: string; explanation: string }> = {
  up: { id: 'up', label: 'Up', explanation: 'Your manager.' },
  'skip-level': {
    id: 'skip-level',
    label: 'Skip-level and above',
    explanation: 'One or more levels above your manager.',
  },
  'diagonal-up': {
    id: 'diagonal-up',
    label: 'Diagonal-up',
    explanation: 'Your manager’s peers — often in the room when promotions are decided.',
  },
  sideways: { id: 'sideways', label: 'Sideways', explanation: 'Your peers.' },
  down: { id: 'down', label: 'Down', explanation: 'People who report to you.' },
  outside: { id: 'outside', label: 'Outside', explanation: 'Customers, partners and others outside the company.' },
};

/** How a stakeholder saw a piece of work. */
export const CHANNELS = ['meeting', 'demo', 'written', 'one-on-one', 'review', 'chat', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  meeting: 'Meeting',
  demo: 'Demo',
  written: 'Written update',
  'one-on-one': 'One-on-one',
  review: 'Review',
  chat: 'Chat',
  other: 'Other',
};

export const GOAL_STATUSES = ['active', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
