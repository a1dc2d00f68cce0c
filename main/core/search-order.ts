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

/** The newest-first search reads at least this many hits at first. */
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
 * than sorting every hit of a common word, read the most recently written hits in growing
 * chunks (FTS5 yields them lazily by rowid) and keep those that pass the filters. Once at
 * least `offset + count` pass, let D be the day of the last one needed and S the smallest
 * seq among live entries dated D or later: every hit dated D or later has a seq ≥ S, so once
 * the hits read reach below S, sorting the passing ones gives exactly the page a full sort
 * would. Each hit is read and checked once (a selective filter used to restart the search
 * over a span four times wider: ~5 ms for a phrase at 100,000 entries; bench/README.md).
 */
export function newestFirst(db: Db, want: Want, boundary: number | null): number[] {
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
  const chunkOf = db.prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?').pluck();
  const passing = db
    .prepare(
      `SELECT e.seq, e.occurred_on AS day, e.id FROM entries e INDEXED BY entries_meta
       WHERE e.seq IN (SELECT value FROM json_each(?)) AND ${where(want)}`,
    )
    .raw();
  // INDEXED BY: left to itself the planner walks the table by seq for min(seq), reading rows.
  const firstSeq = db
    .prepare('SELECT min(seq) FROM entries INDEXED BY entries_timeline WHERE deleted_at IS NULL AND occurred_on >= ?')
    .pluck();

  const kept: [number, string, string][] = [];
  const newestDay = (a: [number, string, string], b: [number, string, string]) =>
    a[1] === b[1] ? (a[2] < b[2] ? 1 : -1) : a[1] < b[1] ? 1 : -1;
  let read = 0;
  let chunk = Math.max(MIN_HITS, need * 2);
  for (;;) {
    const seqs = chunkOf.all(want.fts, chunk, read) as number[];
    read += seqs.length;
    const before = kept.length;
    if (seqs.length > 0) kept.push(...(passing.all(JSON.stringify(seqs), ...want.filter.params) as [number, string, string][]));
    const exhausted = seqs.length < chunk;
    if (exhausted || kept.length >= need) {
      kept.sort(newestDay);
      if (exhausted || seqs[seqs.length - 1]! <= (firstSeq.get(kept[need - 1]![1]) as number)) {
        return kept.slice(want.offset, need).map((k) => k[0]);
      }
    }
    // The next chunk: enough to find the rest at the rate this one found them (2× to 16× larger).
    const found = kept.length - before;
    chunk = Math.min(chunk * 16, Math.max(chunk * 2, Math.ceil((chunk * (need - kept.length)) / Math.max(found, 1))));
  }
}
