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

/** The newest-first search looks at no fewer timeline entries than this at first. */
const MIN_SPAN = 50;

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
 * than sorting every hit of a common word: take the day D of the span-th newest timeline
 * entry and the smallest seq S among entries on or after D. Every hit dated D or later has a
 * seq ≥ S, and the hits with rowid ≥ S are the first ones FTS5 yields newest first. If those
 * fill the page, it is exactly the page a full sort would give; if not, the span grows.
 * The first span is guessed from how densely the hits lie after `boundary` (the rowid of the
 * (window + 1)-th most recent hit).
 */
export function newestFirst(db: Db, want: Want, boundary: number | null, window: number): number[] {
  const sortAll = () =>
    db
      .prepare(
        `WITH hits AS MATERIALIZED (SELECT rowid AS seq FROM entries_fts WHERE entries_fts MATCH ?)
         SELECT e.seq FROM hits JOIN entries e INDEXED BY entries_meta ON e.seq = hits.seq
         WHERE ${where(want)} ORDER BY e.occurred_on DESC, e.id DESC LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(want.fts, ...want.filter.params, want.count, want.offset) as number[];
  if (boundary === null || want.trash) return sortAll();

  const need = want.offset + want.count;
  const newest = db.prepare('SELECT max(seq) FROM entries').pluck().get() as number;
  const perHit = Math.max(1, (newest - boundary) / window);
  const dayAt = db
    .prepare('SELECT occurred_on FROM entries WHERE deleted_at IS NULL ORDER BY occurred_on DESC, id DESC LIMIT 1 OFFSET ?')
    .pluck();
  // INDEXED BY: left to itself the planner walks the table by seq for min(seq), reading rows.
  const firstSeq = db
    .prepare('SELECT min(seq) FROM entries INDEXED BY entries_timeline WHERE deleted_at IS NULL AND occurred_on >= ?')
    .pluck();
  const newestHits = db.prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC').pluck();
  const since = db
    .prepare(
      `WITH hits AS MATERIALIZED (SELECT rowid AS seq FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
       SELECT e.seq FROM hits JOIN entries e INDEXED BY entries_meta ON e.seq = hits.seq
       WHERE e.occurred_on >= ? AND ${where(want)} ORDER BY e.occurred_on DESC, e.id DESC LIMIT ?`,
    )
    .pluck();
  for (let span = Math.max(MIN_SPAN, Math.ceil(need * perHit * 1.5)); ; span *= 4) {
    const day = dayAt.get(span - 1) as string | undefined;
    if (day === undefined) return sortAll();
    const first = firstSeq.get(day) as number;
    let hits = 0;
    for (const rowid of newestHits.iterate(want.fts) as IterableIterator<number>) {
      if (rowid < first) break;
      hits++;
    }
    const found = since.all(want.fts, hits, day, ...want.filter.params, need) as number[];
    if (found.length >= need) return found.slice(want.offset);
  }
}
