/**
 * Full-text search over title, text and impact (FTS5). User input is never passed to
 * MATCH as typed: it is parsed into quoted terms, so quotes, operators and symbols
 * can't raise an SQL error.
 */
import { HIGHLIGHT_END, HIGHLIGHT_START, type Page, type SearchHit, type EntryFilterInput } from '../../common/contract';
import { decodeCursor, encodeCursor } from './cursor';
import { invalid } from './errors';
import type { Db } from './db';
import { filterSql, SUMMARY_COLUMNS, type SummaryRow, toSummaries } from './entry-rows';

export interface SearchInput extends EntryFilterInput {
  query: string;
  sort?: 'relevance' | 'recent' | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Column weights for bm25: a word in the title or impact line says more than one in the text. */
const BM25 = 'bm25(entries_fts, 4.0, 1.0, 2.0)';

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Turns what a person typed into an FTS5 query: words (all must match), "exact phrases",
 * prefix* words and -excluded words. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const positive: string[] = [];
  const negative: string[] = [];
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  // Phrases first ("..." — an unclosed quote runs to the end), then the loose words.
  const re = /(-?)"([^"]*)("?)|(\S+)/g;
  // Control characters (NUL ends an FTS5 string early) separate words, like spaces.
  // eslint-disable-next-line no-control-regex
  const text = input.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ');
  for (const m of text.matchAll(re)) {
    if (m[2] !== undefined) {
      const phrase = m[2].trim();
      if (!WORDLIKE.test(phrase)) continue;
      (m[1] ? negative : positive).push(quote(phrase));
      continue;
    }
    let word = m[4]!;
    const neg = word.startsWith('-') && word.length > 1;
    if (neg) word = word.slice(1);
    const prefix = /\*+$/.test(word);
    word = word.replace(/\*+$/, '').replace(/"/g, '');
    if (!WORDLIKE.test(word)) continue;
    const term = quote(word) + (prefix ? '*' : '');
    (neg ? negative : positive).push(term);
  }
  if (positive.length === 0) return null;
  return negative.length > 0 ? `(${positive.join(' ')}) NOT (${negative.join(' OR ')})` : positive.join(' ');
}

export function searchEntries(db: Db, input: SearchInput): Page<SearchHit> {
  const fts = toFtsQuery(input.query);
  if (!fts) return { items: [], nextCursor: null };
  const limit = input.limit ?? 20;
  const sort = input.sort ?? 'relevance';
  const offset = input.cursor !== undefined ? decodeOffset(input.cursor, `search:${sort}`) : 0;
  const { where, params } = filterSql(input);
  const order = sort === 'relevance' ? 'hits.score, e.occurred_on DESC, e.id DESC' : 'e.occurred_on DESC, e.id DESC';
  // The MATCH runs alone in a materialised CTE; filters join afterwards (a MATCH mixed with
  // JOIN filters in one WHERE can make SQLite's planner pick a disastrous order).
  const rows = db
    .prepare(
      `WITH hits AS MATERIALIZED (
         SELECT rowid AS seq, ${sort === 'relevance' ? BM25 : '0'} AS score FROM entries_fts WHERE entries_fts MATCH ?
       )
       SELECT ${SUMMARY_COLUMNS} FROM hits JOIN entries e ON e.seq = hits.seq
       WHERE ${where.join(' AND ')}
       ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(fts, ...params, limit + 1, offset) as SummaryRow[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const snippets = snippetsFor(
    db,
    fts,
    page.map((r) => r.seq),
  );
  const summaries = toSummaries(db, page);
  return {
    items: summaries.map((entry, i) => ({ entry, snippet: snippets.get(page[i]!.seq) ?? entry.excerpt })),
    nextCursor: more ? encodeCursor(`search:${sort}`, [offset + limit]) : null,
  };
}

/** The offset inside a search cursor: search pages by rank, so the cursor is a position. */
function decodeOffset(cursor: string, mode: string): number {
  const [offset] = decodeCursor(cursor, mode, 1);
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw invalid('This page cursor is not valid; start from the first page', 'cursor');
  }
  return offset;
}

/** Highlighted snippets for just the rows on the page (snippet() is costly; never run it for every hit). */
function snippetsFor(db: Db, fts: string, seqs: number[]): Map<number, string> {
  if (seqs.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT rowid AS seq, title, impact,
         snippet(entries_fts, 1, ?, ?, '…', 16) AS body_snip,
         highlight(entries_fts, 0, ?, ?) AS title_hl,
         highlight(entries_fts, 2, ?, ?) AS impact_hl
       FROM entries_fts WHERE entries_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(
      HIGHLIGHT_START,
      HIGHLIGHT_END,
      HIGHLIGHT_START,
      HIGHLIGHT_END,
      HIGHLIGHT_START,
      HIGHLIGHT_END,
      fts,
      JSON.stringify(seqs),
    ) as { seq: number; body_snip: string | null; title_hl: string | null; impact_hl: string | null }[];
  const out = new Map<number, string>();
  for (const r of rows) {
    const candidates = [r.body_snip, r.impact_hl, r.title_hl];
    const marked = candidates.find((c) => c && c.includes(HIGHLIGHT_START));
    out.set(r.seq, marked ?? r.body_snip ?? '');
  }
  return out;
}
