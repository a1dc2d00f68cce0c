/**
 * The nudge on Today: the first gap (in gap order) whose person the user has not dismissed
 * in the last 7 days. Dismissals are stored as local days, so "a week" is 7 calendar days
 * even across a DST change. After a dismissal, no other nudge shows that day.
 */
import type { Nudge, NudgeDismissal } from '../../../common/contract';
import type { Db } from '../db';
import { notFound } from '../errors';
import { daysAfter, daysBefore } from './days';
import { findGaps } from './gaps';

/** Days a dismissal hides nudges about its person. */
const QUIET_DAYS = 7;

/** The nudge to show on `today`, or null. */
export function nudgeFor(db: Db, today: string): Nudge | null {
  const recent = db
    .prepare('SELECT stakeholder_id AS id, dismissed_on AS day FROM nudge_dismissals WHERE dismissed_on >= ?')
    .all(daysBefore(today, QUIET_DAYS - 1)) as { id: string; day: string }[];
  if (recent.some((d) => d.day === today)) return null;
  const [gap] = findGaps(db, { today, perPerson: 1, limit: 1, exclude: new Set(recent.map((d) => d.id)) });
  if (!gap) return null;
  return {
    stakeholderId: gap.stakeholderId,
    name: gap.name,
    direction: gap.direction,
    keyDecider: gap.keyDecider,
    lastSeenOn: gap.lastSeenOn,
    daysSince: gap.daysSince,
    entry: gap.entries[0]!,
    text: gap.suggestion,
  };
}

/** Records that the user dismissed a nudge about a person on `today`. */
export function dismissNudge(db: Db, stakeholderId: string, today: string): NudgeDismissal {
  if (!db.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(stakeholderId)) throw notFound('Person', stakeholderId);
  db.prepare(
    `INSERT INTO nudge_dismissals (stakeholder_id, dismissed_on) VALUES (?, ?)
     ON CONFLICT (stakeholder_id) DO UPDATE SET dismissed_on = excluded.dismissed_on`,
  ).run(stakeholderId, today);
  return { stakeholderId, dismissedOn: today, hiddenUntil: daysAfter(today, QUIET_DAYS) };
}
