/**
 * The orders a search page can come in (see search.ts for when each is used). Each returns
 * the seqs of `count` hits from `offset` on. Filters are checked on the covering index
 * entries_meta, never on the long table rows.
 *
 * FTS5 reads a doclist lazily only when asked for `ORDER BY rowid DESC LIMIT n` without a
 * rowid range: the 1,000 newest of 48,000 hits take 0.3 ms. A `rowid >= ?` constraint, even
 * a narrow one, costs as much as reading every hit (1.7 ms for a word, 5.7 ms for a phrase),
 * so recent hits are always taken by LIMIT, never by a rowid range.
 */
import type { Db } from './db';
import type { SqlPart } from './entry-rows';
import { prepared } from './statements';

/** Column weights for bm25: a word in the title or impact line says more than one in the text. */
const BM25 = 'bm25(entries_fts, 4.0, 1.0, 2.0)';

/** What to fetch: the FTS5 query, the filters (over alias `e`) and the slice of the results. */
export interface Want {
  fts: string;
  filter: SqlPart;
  offset: number;
  count: number;
  /** Searching the trash: few rows, no timeline index. */
  trash: boolean;
}

/** The newest-first search reads at least this many passing hits at first. */
const MIN_HITS = 50;

function where(want: Want): string {
  return want.filter.where.join(' AND ');
}

/** Every hit ranked by bm25 (there are at most SEARCH_RANK_WINDOW of them). */
export function rankedAll(db: Db, want: Want): number[] {
  // The MATCH runs alone in a materialised CTE; filters join afterwards (a MATCH mixed with
  // JOIN filters in one WHERE can make SQLite's planner pick a disastrous order).
  return db
    .prepare(
      `WITH hits AS MATERIALIZED (SELECT rowid AS seq, ${BM25} AS score FROM entries_fts WHERE entries_fts MATCH ?)
       SELECT e.seq FROM hits JOIN entries e INDEXED BY entries_meta ON e.seq = hits.seq
       WHERE ${where(want)} ORDER BY hits.score, e.occurred_on DESC, e.id DESC LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(want.fts, ...want.filter.params, want.count, want.offset) as number[];
}

/**
 * The `window` most recently written hits ranked by bm25 (bm25 runs for those rows only),
 * then the older hits, most recently written first.
 */
export function rankedRecentWindow(db: Db, want: Want, window: number): number[] {
  const ranked = db
    .prepare(
      `WITH hits AS MATERIALIZED (
         SELECT rowid AS seq, ${BM25} AS score FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
       SELECT e.seq FROM hits JOIN entries e INDEXED BY entries_meta ON e.seq = hits.seq
       WHERE ${where(want)} ORDER BY hits.score, e.occurred_on DESC, e.id DESC`,
    )
    .pluck()
    .all(want.fts, window, ...want.filter.params) as number[];
  const out = ranked.slice(want.offset, want.offset + want.count);
  if (out.length === want.count) return out;
  // The hits after the window, read lazily newest first (a co-routine: it stops at the LIMIT).
  const older = db
    .prepare(
      `SELECT e.seq FROM (
         SELECT rowid AS seq FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT -1 OFFSET ?) h
       CROSS JOIN entries e INDEXED BY entries_meta ON e.seq = h.seq
       WHERE ${where(want)} ORDER BY h.seq DESC LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(want.fts, window, ...want.filter.params, want.count - out.length, Math.max(0, want.offset - ranked.length)) as number[];
  return [...out, ...older];
}

/**
 * Hits newest first by day (then by id, like the timeline).
 *
 * With few hits (no `boundary`) or in the trash, all of them are sorted. Otherwise, rather
 * than sorting every hit of a common word, read the passing hits most recently written first
 * (one statement: FTS5 yields hits lazily by rowid and each is checked against the filters on
 * entries_meta as it comes, stopping at the LIMIT) in growing batches. Once at least
 * `offset + count` pass, let D be the day of the last one needed and S the smallest seq among
 * live entries dated D or later: every hit dated D or later has a seq ≥ S, so once the hits
 * read reach below S, sorting the passing ones gives exactly the page a full sort would.
 * Each hit is read and checked once: a later batch starts below the last one read. (Reading
 * chunks of hits and checking them through a json_each list took 4.2 ms for "deplo*" under
 * the timeline filter at 100,000 entries; the lazy join, 1.9 ms: bench/README.md.)
 */
export function newestFirst(db: Db, want: Want, boundary: number | null): number[] {
  const sortAll = () =>
    prepared(
      db,
      `WITH hits AS MATERIALIZED (SELECT rowid AS seq FROM entries_fts WHERE entries_fts MATCH ?)
       SELECT e.seq FROM hits JOIN entries e INDEXED BY entries_meta ON e.seq = hits.seq
       WHERE ${where(want)} ORDER BY e.occurred_on DESC, e.id DESC LIMIT ? OFFSET ?`,
      'pluck',
    ).all(want.fts, ...want.filter.params, want.count, want.offset) as number[];
  if (boundary === null || want.trash) return sortAll();

  const need = want.offset + want.count;
  // CROSS JOIN keeps the hits as the outer loop (a co-routine read newest first), so the
  // LIMIT stops FTS5 early (`LIMIT -1` keeps the inner ORDER BY: without it SQLite drops
  // that ORDER BY and the hits come oldest first). A later batch starts below the last seq
  // read: an upper bound read newest first is a seek (1.4 ms for the next 101 passing hits
  // of "deplo*"; skipping them by OFFSET instead re-read them, 2.1 ms).
  const passing = (below: number, limit: number) =>
    prepared(
      db,
      `SELECT e.seq, e.occurred_on AS day, e.id FROM (
         SELECT rowid AS seq FROM entries_fts WHERE entries_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT -1) h
       CROSS JOIN entries e INDEXED BY entries_meta ON e.seq = h.seq
       WHERE ${where(want)} ORDER BY h.seq DESC LIMIT ?`,
      'raw',
    ).all(want.fts, below, ...want.filter.params, limit) as [number, string, string][];
  // INDEXED BY: left to itself the planner walks the table by seq for min(seq), reading rows.
  const firstSeq = (day: string) =>
    prepared(db, 'SELECT min(seq) FROM entries INDEXED BY entries_timeline WHERE deleted_at IS NULL AND occurred_on >= ?', 'pluck').get(day) as number;

  const kept: [number, string, string][] = [];
  const newestDay = (a: [number, string, string], b: [number, string, string]) =>
    a[1] === b[1] ? (a[2] < b[2] ? 1 : -1) : a[1] < b[1] ? 1 : -1;
  let below = Number.MAX_SAFE_INTEGER;
  let batch = Math.max(MIN_HITS, need + (need >> 2));
  for (;;) {
    const rows = passing(below, batch);
    kept.push(...rows);
    const exhausted = rows.length < batch;
    if (rows.length > 0) below = rows[rows.length - 1]![0];
    if (exhausted || kept.length >= need) {
      const sorted = [...kept].sort(newestDay);
      if (exhausted || below <= firstSeq(sorted[need - 1]![1])) {
        return sorted.slice(want.offset, need).map((k) => k[0]);
      }
    }
    batch *= 2;
  }
}
