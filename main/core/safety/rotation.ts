/**
 * Which automatic backups to keep: the newest backup of each of the last 7 days that have
 * one, of the last 4 ISO weeks and of the last 12 months (local time). Pure: no files.
 */
import { format } from 'date-fns';

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_POLICY: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export type RotationKind = 'daily' | 'weekly' | 'monthly';

export interface RotationPlan {
  /** Kept backups with the shortest rule that keeps them (daily before weekly before monthly). */
  keep: Map<string, RotationKind>;
  /** Names to delete. */
  remove: string[];
}

const BUCKETS: [RotationKind, string][] = [
  ['daily', 'yyyy-MM-dd'],
  ['weekly', "RRRR-'W'II"],
  ['monthly', 'yyyy-MM'],
];

/** Decides what to keep among automatic backups `{ name, takenAt }`. */
export function planRotation(
  backups: readonly { name: string; takenAt: Date }[],
  policy: RotationPolicy = DEFAULT_POLICY,
): RotationPlan {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Map<string, RotationKind>();
  for (const [kind, pattern] of BUCKETS) {
    const limit = policy[kind];
    const seen = new Set<string>();
    for (const b of newestFirst) {
      if (seen.size >= limit) break;
      const bucket = format(b.takenAt, pattern);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      if (!keep.has(b.name)) keep.set(b.name, kind);
    }
  }
  return { keep, remove: newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name) };
}
