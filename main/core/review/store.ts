/** Saved reviews: rows to and from the `reviews` table, and the hash that tells edits apart. */
import { createHash } from 'node:crypto';
import type { DocNode, Review, ReviewSettings, ReviewSummary } from '../../../common/contract';
import { type Clock, instant } from '../clock';
import type { Db } from '../db';
import { notFound } from '../errors';
import { newId } from '../ids';

/** A `reviews` row as stored (the journal export reads them too). */
export interface ReviewRow {
  id: string;
  title: string;
  period_from: string;
  period_to: string;
  template_id: string;
  settings: string;
  document: string;
  generated_hash: string;
  edited: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** JSON with object keys sorted, so the same document always hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of a document's canonical JSON. */
export function documentHash(document: DocNode): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

function toSummary(row: ReviewRow): ReviewSummary {
  const settings = JSON.parse(row.settings) as ReviewSettings;
  return {
    id: row.id,
    title: row.title,
    period: { from: row.period_from, to: row.period_to },
    templateId: row.template_id,
    templateName: settings.templateName,
    edited: row.edited === 1,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One review; not_found otherwise. */
export function readReview(db: Db, id: string): Review {
  const row = db.prepare('SELECT * FROM reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  if (!row) throw notFound('Review', id);
  return {
    ...toSummary(row),
    settings: JSON.parse(row.settings) as ReviewSettings,
    document: JSON.parse(row.document) as DocNode,
    generatedHash: row.generated_hash,
  };
}

/** Every review, newest first. */
export function listReviews(db: Db): ReviewSummary[] {
  const rows = db
    .prepare(
      `SELECT id, title, period_from, period_to, template_id, settings, edited, revision, created_at, updated_at
       FROM reviews ORDER BY created_at DESC, id DESC`,
    )
    .all() as ReviewRow[];
  return rows.map(toSummary);
}

/** The last day covered by any saved review (other than `exceptId`), or null. */
export function lastReviewEnd(db: Db, exceptId: string | null = null): string | null {
  return (db.prepare('SELECT max(period_to) FROM reviews WHERE id IS NOT ?').pluck().get(exceptId) as string | null) ?? null;
}

/** Saves a newly generated review. */
export function insertReview(db: Db, clock: Clock, title: string, settings: ReviewSettings, document: DocNode): Review {
  const now = instant(clock);
  const id = newId(clock.now().getTime());
  db.prepare(
    `INSERT INTO reviews (id, title, period_from, period_to, template_id, settings, document, generated_hash, edited,
       revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?)`,
  ).run(
    id,
    title,
    settings.period.from,
    settings.period.to,
    settings.templateId,
    JSON.stringify(settings),
    JSON.stringify(document),
    documentHash(document),
    now,
    now,
  );
  return readReview(db, id);
}

/** Replaces a review's document with a freshly generated one (no longer edited). */
export function storeGenerated(db: Db, clock: Clock, id: string, settings: ReviewSettings, document: DocNode): Review {
  db.prepare(
    `UPDATE reviews SET period_from = ?, period_to = ?, template_id = ?, settings = ?, document = ?, generated_hash = ?,
       edited = 0, revision = revision + 1, updated_at = ? WHERE id = ?`,
  ).run(
    settings.period.from,
    settings.period.to,
    settings.templateId,
    JSON.stringify(settings),
    JSON.stringify(document),
    documentHash(document),
    instant(clock),
    id,
  );
  return readReview(db, id);
}

/**
 * Saves the user's title and document. The review counts as edited while its document
 * differs from the one generated last (undoing every change makes it unedited again).
 */
export function storeEdits(db: Db, clock: Clock, review: Review, title: string | undefined, document: DocNode | undefined): Review {
  const doc = document ?? review.document;
  const edited = documentHash(doc) !== review.generatedHash;
  db.prepare('UPDATE reviews SET title = ?, document = ?, edited = ?, revision = revision + 1, updated_at = ? WHERE id = ?').run(
    title ?? review.title,
    JSON.stringify(doc),
    edited ? 1 : 0,
    instant(clock),
    review.id,
  );
  return readReview(db, review.id);
}

/** Deletes a review; not_found when there is none. */
export function deleteReview(db: Db, id: string): void {
  if (db.prepare('DELETE FROM reviews WHERE id = ?').run(id).changes === 0) throw notFound('Review', id);
}
