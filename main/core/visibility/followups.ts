/**
 * Outcome follow-ups: an entry marked "results pending" comes back on Today on its day, asking
 * for the outcome and numbers, which are appended to the entry's impact.
 */
import type { DueFollowUp, Entry, FollowUp } from '../../../common/contract';
import type { Ctx } from '../api';
import { instant } from '../clock';
import type { Db } from '../db';
import { readEntry, SUMMARY_COLUMNS, type SummaryRow, toSummaries } from '../entry-rows';
import { CoreError, invalid, notFound } from '../errors';
import { cleanLine } from '../text';
import { daysBetween, fullDay } from './days';

/** The longest impact an entry may have (the contract's limit on entries:update). */
const MAX_IMPACT = 2000;

interface FollowUpRow {
  entry_id: string;
  follow_up_on: string;
  note: string | null;
  created_at: string;
  resolved_on: string | null;
  outcome: string | null;
  outcome_number: number | null;
  outcome_unit: string | null;
}

const SELECT = `
  SELECT e.id AS entry_id, f.follow_up_on, f.note, f.created_at, f.resolved_on, f.outcome, f.outcome_number, f.outcome_unit
  FROM entry_followups f JOIN entries e ON e.seq = f.entry_seq`;

function toFollowUp(r: FollowUpRow): FollowUp {
  return {
    entryId: r.entry_id,
    followUpOn: r.follow_up_on,
    note: r.note,
    createdAt: r.created_at,
    resolvedOn: r.resolved_on,
    outcome: r.outcome,
    outcomeNumber: r.outcome_number,
    outcomeUnit: r.outcome_unit,
  };
}

interface EntryState {
  seq: number;
  revision: number;
  deleted_at: string | null;
  impact: string | null;
}

function entryState(db: Db, id: string): EntryState {
  const row = db.prepare('SELECT seq, revision, deleted_at, impact FROM entries WHERE id = ?').get(id) as
    | EntryState
    | undefined;
  if (!row) throw notFound('Entry', id);
  return row;
}

function notInTrash(row: EntryState): void {
  if (row.deleted_at) throw new CoreError('conflict', 'This entry is in the trash. Restore it before changing it.');
}

/** An entry's follow-up, or null (the entry must exist). */
export function getFollowUp(db: Db, entryId: string): FollowUp | null {
  const { seq } = entryState(db, entryId);
  const row = db.prepare(`${SELECT} WHERE f.entry_seq = ?`).get(seq) as FollowUpRow | undefined;
  return row ? toFollowUp(row) : null;
}

/** Marks an entry "results pending" until `followUpOn`, replacing any earlier follow-up. */
export function setFollowUp(ctx: Ctx, entryId: string, followUpOn: string, note: string | null): FollowUp {
  const row = entryState(ctx.db, entryId);
  notInTrash(row);
  const now = instant(ctx.clock);
  ctx.db
    .prepare(
      `INSERT INTO entry_followups (entry_seq, follow_up_on, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (entry_seq) DO UPDATE SET follow_up_on = excluded.follow_up_on, note = excluded.note,
         updated_at = excluded.updated_at, resolved_on = NULL, outcome = NULL, outcome_number = NULL, outcome_unit = NULL`,
    )
    .run(row.seq, followUpOn, cleanLine(note), now, now);
  return getFollowUp(ctx.db, entryId)!;
}

/** Removes an entry's follow-up; false when it had none. */
export function clearFollowUp(db: Db, entryId: string): { cleared: boolean } {
  const { seq } = entryState(db, entryId);
  return { cleared: db.prepare('DELETE FROM entry_followups WHERE entry_seq = ?').run(seq).changes > 0 };
}

/** Follow-ups of live entries by day; pending only unless `includeResolved`. */
export function listFollowUps(db: Db, includeResolved: boolean): FollowUp[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE e.deleted_at IS NULL ${includeResolved ? '' : 'AND f.resolved_on IS NULL'}
       ORDER BY f.follow_up_on, e.occurred_on, e.seq`,
    )
    .all() as FollowUpRow[];
  return rows.map(toFollowUp);
}

/** Pending follow-ups of live entries due on or before `today`, oldest day first. */
export function dueFollowUps(db: Db, today: string): DueFollowUp[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, e.id AS entry_id, f.follow_up_on, f.note, f.created_at AS f_created_at,
         f.resolved_on, f.outcome, f.outcome_number, f.outcome_unit
       FROM entry_followups f JOIN entries e ON e.seq = f.entry_seq
       WHERE f.resolved_on IS NULL AND f.follow_up_on <= ? AND e.deleted_at IS NULL
       ORDER BY f.follow_up_on, e.occurred_on, e.seq`,
    )
    .all(today) as (SummaryRow & FollowUpRow & { f_created_at: string })[];
  const entries = toSummaries(db, rows);
  return rows.map((r, i) => ({
    followUp: toFollowUp({ ...r, created_at: r.f_created_at }),
    entry: entries[i]!,
    daysOverdue: daysBetween(r.follow_up_on, today),
  }));
}

export interface ResolveInput {
  entryId: string;
  revision: number;
  outcome: string;
  number?: number | undefined;
  unit?: string | null | undefined;
}

/** "Outcome (1 Jun 2026): Fewer tickets — 30 %": the line appended to the impact. */
export function outcomeLine(today: string, outcome: string, number?: number, unit?: string | null): string {
  let figure = '';
  if (number !== undefined) {
    figure = ` — ${number}`;
    if (unit) figure += unit.startsWith('%') ? unit : ` ${unit}`;
  }
  return `Outcome (${fullDay(today)}): ${outcome}${figure}`;
}

function appendImpact(impact: string | null, line: string): string {
  if (!impact) return line;
  return /[.!?…]$/.test(impact) ? `${impact} ${line}` : `${impact}. ${line}`;
}

/** Records the outcome of a pending follow-up into the entry's impact (revision-checked like entries:update). */
export function resolveFollowUp(ctx: Ctx, input: ResolveInput, today: string): { entry: Entry; followUp: FollowUp } {
  const { db } = ctx;
  const row = entryState(db, input.entryId);
  if (row.revision !== input.revision) {
    throw new CoreError(
      'conflict',
      `This entry was changed elsewhere (you edited revision ${input.revision}, it is now at ${row.revision}). Reload it before saving.`,
    );
  }
  notInTrash(row);
  const current = getFollowUp(db, input.entryId);
  if (!current) throw notFound('Follow-up for entry', input.entryId);
  if (current.resolvedOn) throw new CoreError('conflict', `This follow-up was already resolved on ${current.resolvedOn}.`);
  const outcome = cleanLine(input.outcome);
  if (!outcome) throw invalid('must not be empty', 'outcome');
  const unit = cleanLine(input.unit ?? null);
  const impact = appendImpact(row.impact, outcomeLine(today, outcome, input.number, unit));
  if (impact.length > MAX_IMPACT) {
    throw invalid(`The impact would be longer than ${MAX_IMPACT} characters: shorten the outcome or the impact`, 'outcome');
  }
  const now = instant(ctx.clock);
  db.prepare('UPDATE entries SET impact = ?, updated_at = ?, revision = revision + 1 WHERE seq = ?').run(impact, now, row.seq);
  db.prepare(
    `UPDATE entry_followups SET resolved_on = ?, outcome = ?, outcome_number = ?, outcome_unit = ?, updated_at = ?
     WHERE entry_seq = ?`,
  ).run(today, outcome, input.number ?? null, input.number === undefined ? null : unit, now, row.seq);
  return { entry: readEntry(db, input.entryId)!, followUp: getFollowUp(db, input.entryId)! };
}
