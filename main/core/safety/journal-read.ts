/** Reading the whole journal as format-v1 records: what every export is built from. */
import type { Db } from '../db';
import type { ReviewRow } from '../review/store';
import type { TemplateRow } from '../review/template-store';
import type { EntryRow, GoalRow, StakeholderRow } from '../rows';
import type { EntryV1, FollowUpV1, GoalV1, PersonV1, PraiseV1, ReviewTemplateV1, ReviewV1 } from './journal-format';

// Rows as stored (the main tables' rows are shared with the handlers: ../rows.ts). The schema's
// STRICT tables and CHECK constraints guarantee each column's type and allowed values, so
// readers map columns without re-validating them.

/** An entry row of any journal version: the columns of migration 9 are absent before it (read during an upgrade's backup). */
type AnyEntryRow = Omit<EntryRow, 'example' | 'confidential'> & { example?: number; confidential?: number };

interface PraiseRow {
  id: string;
  words: string;
  from_stakeholder_id: string | null;
  from_name: string;
  received_on: string;
  channel: PraiseV1['channel'];
  place: string | null;
  entry_id: string | null;
  created_at: string;
  updated_at: string;
}

interface FollowUpRow {
  follow_up_on: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  resolved_on: string | null;
  outcome: string | null;
  outcome_number: number | null;
  outcome_unit: string | null;
}


/** Settings, keys sorted, values parsed. */
export function readSettings(db: Db): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[];
  const out: Record<string, unknown> = {};
  for (const r of rows) {
    try {
      out[r.key] = JSON.parse(r.value) as unknown;
    } catch {
      out[r.key] = r.value;
    }
  }
  return out;
}

export function readTags(db: Db): string[] {
  return db.prepare('SELECT name FROM tags ORDER BY name').pluck().all() as string[];
}

export function readGoals(db: Db): GoalV1[] {
  const rows = db.prepare('SELECT * FROM goals ORDER BY id').all() as GoalRow[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function readPeople(db: Db): PersonV1[] {
  const rows = db.prepare('SELECT * FROM stakeholders ORDER BY id').all() as StakeholderRow[];
  const emails = new Map<string, string[]>();
  for (const e of db.prepare('SELECT stakeholder_id AS id, email FROM stakeholder_emails ORDER BY stakeholder_id, email').all() as { id: string; email: string }[]) {
    emails.set(e.id, [...(emails.get(e.id) ?? []), e.email]);
  }
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    direction: r.direction,
    keyDecider: r.key_decider === 1,
    influence: r.influence,
    motivations: r.motivations,
    influences: r.influences,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
    ...(emails.has(r.id) ? { emails: emails.get(r.id)! } : {}),
  }));
}

export function readConnections(db: Db): [string, string][] {
  return db.prepare('SELECT a, b FROM stakeholder_links ORDER BY a, b').raw().all() as [string, string][];
}

export function readReviewTemplates(db: Db): ReviewTemplateV1[] {
  const rows = db.prepare('SELECT * FROM review_templates ORDER BY id').all() as TemplateRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    sections: JSON.parse(r.sections) as unknown,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function readReviews(db: Db): ReviewV1[] {
  const rows = db.prepare('SELECT * FROM reviews ORDER BY id').all() as ReviewRow[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    templateId: r.template_id,
    settings: JSON.parse(r.settings) as unknown,
    document: JSON.parse(r.document) as ReviewV1['document'],
    generatedHash: r.generated_hash,
    edited: r.edited === 1,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function readPraise(db: Db): PraiseV1[] {
  const rows = db.prepare('SELECT * FROM praise ORDER BY id').all() as PraiseRow[];
  return rows.map((r) => ({
    id: r.id,
    words: r.words,
    fromPersonId: r.from_stakeholder_id,
    fromName: r.from_name,
    receivedOn: r.received_on,
    channel: r.channel,
    place: r.place,
    entryId: r.entry_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function readNudgeDismissals(db: Db): { personId: string; dismissedOn: string }[] {
  return db
    .prepare('SELECT stakeholder_id AS personId, dismissed_on AS dismissedOn FROM nudge_dismissals ORDER BY stakeholder_id')
    .all() as { personId: string; dismissedOn: string }[];
}

function toFollowUp(r: FollowUpRow | undefined): FollowUpV1 | null {
  if (!r) return null;
  return {
    followUpOn: r.follow_up_on,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    resolvedOn: r.resolved_on,
    outcome: r.outcome,
    outcomeNumber: r.outcome_number,
    outcomeUnit: r.outcome_unit,
  };
}

export function countEntries(db: Db, liveOnly: boolean): number {
  return db.prepare(`SELECT count(*) FROM entries ${liveOnly ? 'WHERE deleted_at IS NULL' : ''}`).pluck().get() as number;
}

export interface EntryScope {
  /** Leave out trashed entries (brag documents). */
  liveOnly?: boolean;
  from?: string;
  to?: string;
}

/** Entries one at a time, ordered by id (JSON) or by day (brag documents). */
export function* iterateEntries(db: Db, scope: EntryScope = {}, order: 'id' | 'day' = 'id'): Generator<EntryV1> {
  const where: string[] = [];
  const params: string[] = [];
  if (scope.liveOnly) where.push('deleted_at IS NULL');
  if (scope.from) {
    where.push('occurred_on >= ?');
    params.push(scope.from);
  }
  if (scope.to) {
    where.push('occurred_on <= ?');
    params.push(scope.to);
  }
  const tagsOf = db.prepare(
    'SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_seq = ? ORDER BY t.name',
  );
  const seenOf = db.prepare(
    'SELECT stakeholder_id AS personId, channel FROM entry_stakeholders WHERE entry_seq = ? ORDER BY stakeholder_id',
  );
  const followUpOf = db.prepare('SELECT * FROM entry_followups WHERE entry_seq = ?');
  const sql = `SELECT * FROM entries ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${order === 'id' ? 'id' : 'occurred_on, created_at, id'}`;
  for (const r of db.prepare(sql).iterate(...params) as Iterable<AnyEntryRow>) {
    yield {
      id: r.id,
      occurredOn: r.occurred_on,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      revision: r.revision,
      title: r.title,
      body: JSON.parse(r.body) as EntryV1['body'],
      bodyText: r.body_text,
      level: r.level,
      impact: r.impact,
      starred: r.starred === 1,
      goalId: r.goal_id,
      deletedAt: r.deleted_at,
      tags: tagsOf.pluck().all(r.seq) as string[],
      seenBy: seenOf.all(r.seq) as EntryV1['seenBy'],
      source: r.source,
      sourceId: r.source_id,
      followUp: toFollowUp(followUpOf.get(r.seq) as FollowUpRow | undefined),
      ...(r.example === 1 ? { example: true as const } : {}),
      ...(r.confidential === 1 ? { confidential: true as const } : {}),
    };
  }
}
