/**
 * The tables migration 6 derives from the links (../migrations/006-seen-figures.ts). They hold no data of
 * their own: whatever copies a journal row by row (a restore) skips them and rebuilds them,
 * and the JSON export leaves them out.
 */
import type { Db } from '../db';
import { rankSql } from './figures';

/** Tables kept by triggers from entries, entry_stakeholders and stakeholders. */
export const SEEN_TABLES: readonly string[] = ['seen_links', 'seen_ranks', 'seen_direction_entries', 'seen_direction_totals'];

/**
 * Rebuilds the derived tables from the links (inside the caller's transaction). Filling
 * seen_links fires the triggers that fill the other three.
 */
export function rebuildSeenTables(db: Db): void {
  db.exec('DELETE FROM seen_ranks; DELETE FROM seen_direction_entries; DELETE FROM seen_direction_totals; DELETE FROM seen_links;');
  db.exec(`INSERT INTO seen_links (stakeholder_id, occurred_on, entry_seq, rank)
    SELECT es.stakeholder_id, e.occurred_on, e.seq, ${rankSql('e')}
      FROM entry_stakeholders es JOIN entries e ON e.seq = es.entry_seq
     WHERE e.deleted_at IS NULL`);
}
