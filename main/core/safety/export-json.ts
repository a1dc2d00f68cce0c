/**
 * Exporting the whole journal as a "scopebook-journal" v1 file. The document is a pure
 * function of the journal (no export time inside), so the same journal always gives the
 * same bytes: `JSON.stringify(document, null, 2)`. Read in one snapshot; the write lock is
 * never taken, so the app keeps saving while a large export is written.
 */
import type { Db } from '../db';
import { writeFileAtomic } from './atomic-write';
import { JOURNAL_FORMAT, JOURNAL_VERSION } from './journal-format';
import {
  countEntries,
  iterateEntries,
  readConnections,
  readGoals,
  readNudgeDismissals,
  readPeople,
  readPraise,
  readReviews,
  readReviewTemplates,
  readSettings,
  readTags,
} from './journal-read';
import { type LongWork, step } from './progress';

/** Writes the journal to `target` (already checked) atomically. */
export function exportJournalJson(db: Db, target: string, work?: LongWork): { entries: number; bytes: number } {
  let entries = 0;
  const bytes = snapshot(db, () =>
    writeFileAtomic(target, (out) => {
      const total = countEntries(db, false);
      const head = JSON.stringify(
        {
          format: JOURNAL_FORMAT,
          version: JOURNAL_VERSION,
          settings: readSettings(db),
          tags: readTags(db),
          goals: readGoals(db),
          people: readPeople(db),
          connections: readConnections(db),
          reviewTemplates: readReviewTemplates(db),
          reviews: readReviews(db),
          praise: readPraise(db),
          nudgeDismissals: readNudgeDismissals(db),
          entries: [],
        },
        null,
        2,
      );
      if (total === 0) {
        out.write(`${head}`);
        step(work, 0, 0);
        return;
      }
      // Same bytes as stringifying the whole document with 2-space indentation, one entry at a time.
      out.write(head.slice(0, head.lastIndexOf('[]')) + '[\n');
      step(work, 0, total);
      for (const entry of iterateEntries(db)) {
        out.write(`${entries > 0 ? ',\n' : ''}    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`);
        entries++;
        if (entries % 200 === 0 || entries === total) step(work, entries, total);
      }
      out.write('\n  ]\n}');
    }),
  );
  return { entries, bytes };
}

/** Runs `fn` inside one read transaction: every query sees the same moment of the journal. */
export function snapshot<T>(db: Db, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).deferred();
}
