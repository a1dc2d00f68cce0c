/**
 * Full-text search over title, text and impact (FTS5). User input is never passed to
 * MATCH as typed: it is parsed into quoted terms, so quotes, operators and symbols
 * can't raise an SQL error. Words are matched by their stem (the index's porter tokenizer,
 * search-stems.ts): "migrations" finds "migration", "deploying" finds "deploy". `a OR b`
 * finds either; `-word` leaves out entries with it.
 *
 * Staying fast on a journal of 100,000 entries (see bench/README.md for the figures):
 * - bm25 scores every row it is asked about, and its IDF pass reads every hit of every term:
 *   ranking all 48,000 hits of a word in half the entries took ~80 ms. So a search first
 *   probes for the (SEARCH_RANK_WINDOW + 1)-th most recent hit (cheap: FTS5 walks its doclist
 *   newest first). With no more hits than that, every hit is ranked. With more, only the
 *   SEARCH_RANK_WINDOW most recently written hits are ranked and come first; older hits
 *   follow newest first (search-order.ts). The trade-off: an old entry that would rank high
 *   among 48,000 hits of a common word appears after the ranked recent ones, not at the top.
 *   Phrases and prefix* queries with that many hits are not ranked at all and come newest
 *   first: a phrase's IDF pass must check word positions in every hit (~6 ms), and a prefix
 *   expands to several words whose IDF pass reads every hit of each ("deplo*": 11 words,
 *   71,000 postings, +2.2 ms, which put its p95 over 10 ms). The page says which (`ranking`).
 * - Filters are checked on the covering index entries_meta (migration 4): the columns
 *   filters read sit after the long text in the table row, so reading them from the row
 *   meant walking its overflow pages.
 * - Snippets are made in JavaScript for the page only (snippet.ts).
 */
import {
  type EntryFilterInput,
  type SearchHit,
  type SearchPage,
  type SearchRanking,
  SEARCH_RANK_WINDOW,
} from '../../common/contract';
import { decodeCursor, encodeCursor } from './cursor';
import type { Db } from './db';
import { filterSql, SUMMARY_COLUMNS, type SummaryRow, toSummaries } from './entry-rows';
import { invalid } from './errors';
import { foldWord, highlightAll, MAX_SCAN, snippetMatcher, snippetOf, type SnippetTerm } from './snippet';
import { newestFirst, rankedAll, rankedRecentWindow } from './search-order';
import { expandPrefix } from './search-prefix';
import { stemRoots } from './search-stems';
import { prepared } from './statements';

export interface SearchInput extends EntryFilterInput {
  query: string;
  sort?: 'relevance' | 'recent' | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** One part of a parsed query. */
interface QueryTerm extends SnippetTerm {
  /** Typed in quotes. */
  quoted: boolean;
}

interface ParsedQuery {
  /** Every group must match; a group of several terms matches when any of them does (`a OR b`). */
  positive: QueryTerm[][];
  negative: QueryTerm[];
}

/** Splits what a person typed into words, "exact phrases", prefix* words, `OR` and -excluded words. */
function parseQuery(input: string): ParsedQuery {
  const positive: QueryTerm[][] = [];
  const negative: QueryTerm[] = [];
  // `OR` (in capitals, as typed between two terms) joins the next term to the previous group.
  let joinNext = false;
  const add = (term: QueryTerm) => {
    const last = positive[positive.length - 1];
    if (joinNext && last) last.push(term);
    else positive.push([term]);
    joinNext = false;
  };
  // Phrases first ("..." — an unclosed quote runs to the end), then the loose words.
  const re = /(-?)"([^"]*)("?)|(\S+)/g;
  // Control characters (NUL ends an FTS5 string early) separate words, like spaces.
  // eslint-disable-next-line no-control-regex
  const text = input.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ');
  for (const m of text.matchAll(re)) {
    if (m[2] !== undefined) {
      const phrase = m[2].trim();
      if (!WORDLIKE.test(phrase)) continue;
      if (m[1]) negative.push({ text: phrase, prefix: false, quoted: true });
      else add({ text: phrase, prefix: false, quoted: true });
      continue;
    }
    let word = m[4]!;
    if (word === 'OR') {
      joinNext = positive.length > 0;
      continue;
    }
    const neg = word.startsWith('-') && word.length > 1;
    if (neg) word = word.slice(1);
    const prefix = /\*+$/.test(word);
    word = word.replace(/\*+$/, '').replace(/"/g, '');
    if (!WORDLIKE.test(word)) continue;
    if (neg) negative.push({ text: word, prefix, quoted: false });
    else add({ text: word, prefix, quoted: false });
  }
  return { positive, negative };
}

/** `expand` may replace a prefix term with an equivalent expression (search-prefix.ts). */
function formatFts({ positive, negative }: ParsedQuery, expand?: (term: QueryTerm) => string | null): string | null {
  const quote = (t: QueryTerm) => (t.prefix && expand?.(t)) || `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`;
  if (positive.length === 0) return null;
  // FTS5 has no implicit AND next to a parenthesised group, so an OR query spells its ANDs out.
  const anyOr = positive.some((group) => group.length > 1);
  const all = positive.map((group) => (group.length === 1 ? quote(group[0]!) : `(${group.map(quote).join(' OR ')})`)).join(anyOr ? ' AND ' : ' ');
  return negative.length > 0 ? `(${all}) NOT (${negative.map(quote).join(' OR ')})` : all;
}

/**
 * Turns what a person typed into an FTS5 query: words (all must match), "exact phrases",
 * prefix* words and -excluded words. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  return formatFts(parseQuery(input));
}

const NON_WORD = /[^\p{L}\p{N}\p{Co}\p{M}]+/u;

/**
 * Whether bm25 can rank many hits of this query quickly. A phrase (several words in one
 * term) is not: bm25's IDF pass must check word positions in every hit (~5.5 ms for a phrase
 * in a third of 100,000 entries). Nor is a prefix* term, expanded or not: its IDF pass reads
 * every hit of every word it stands for (see search-prefix.ts).
 */
function cheapToRank(query: ParsedQuery): boolean {
  return query.positive.flat().every((t) => !t.prefix && foldWord(t.text).split(NON_WORD).filter(Boolean).length === 1);
}

/** The rowid of the (SEARCH_RANK_WINDOW + 1)-th most recent hit: null when there are no more hits than the window. */
function windowBoundary(db: Db, fts: string, window: number): number | null {
  const row = db
    .prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
    .pluck()
    .get(fts, window) as number | undefined;
  return row ?? null;
}

/** One page of search results. `window` is SEARCH_RANK_WINDOW except in tests. */
export function searchEntries(db: Db, input: SearchInput, window = SEARCH_RANK_WINDOW): SearchPage {
  const query = parseQuery(input.query);
  const fts = formatFts(query, (term) => expandPrefix(db, term.text));
  if (!fts) return { items: [], nextCursor: null, ranking: input.sort === 'recent' ? 'newest' : 'relevance' };
  const limit = input.limit ?? 20;
  const sort = input.sort ?? 'relevance';
  const offset = input.cursor !== undefined ? decodeOffset(input.cursor, `search:${sort}`) : 0;
  const filter = filterSql(input);
  const want = { fts, filter, offset, count: limit + 1, trash: input.trash === true };

  const boundary = windowBoundary(db, fts, window);
  let ranking: SearchRanking;
  let seqs: number[];
  if (sort === 'recent' || (boundary !== null && !cheapToRank(query))) {
    ranking = 'newest';
    seqs = newestFirst(db, want, boundary);
  } else if (boundary === null) {
    ranking = 'relevance';
    seqs = rankedAll(db, want);
  } else {
    ranking = 'recent-relevance';
    seqs = rankedRecentWindow(db, want, window);
  }

  const more = seqs.length > limit;
  const page = pageRows(db, more ? seqs.slice(0, limit) : seqs);
  const snippets = snippetsFor(withRoots(db, query.positive.flat()), page);
  const summaries = toSummaries(db, page);
  const items: SearchHit[] = summaries.map((entry, i) => ({ entry, snippet: snippets[i] ?? entry.excerpt }));
  return { items, nextCursor: more ? encodeCursor(`search:${sort}`, [offset + limit]) : null, ranking };
}

/** The terms with the stem root of each word (not of a prefix* term's last word), for the snippets. */
function withRoots(db: Db, terms: readonly QueryTerm[]): SnippetTerm[] {
  return terms.map((t) => {
    const words = foldWord(t.text).split(NON_WORD).filter((w) => w.length > 0);
    const roots = stemRoots(db, words);
    if (t.prefix && roots.length > 0) roots[roots.length - 1] = words[words.length - 1]!;
    return { ...t, roots };
  });
}

/** A page row with the start of its text, where its snippet is looked for. */
type PageRow = SummaryRow & { text: string };

/**
 * The page's rows, in the order of `seqs`, with the text read only up to where snippetOf
 * stops looking (one statement for the summary and the snippet).
 */
function pageRows(db: Db, seqs: number[]): PageRow[] {
  if (seqs.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS}, substr(e.body_text, 1, ${MAX_SCAN}) AS text FROM entries e WHERE e.seq IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(seqs)) as PageRow[];
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return seqs.map((s) => bySeq.get(s)).filter((r): r is PageRow => r !== undefined);
}

/** The offset inside a search cursor: search pages by rank, so the cursor is a position. */
function decodeOffset(cursor: string, mode: string): number {
  const [offset] = decodeCursor(cursor, mode, 1);
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw invalid('This page cursor is not valid; start from the first page', 'cursor');
  }
  return offset;
}

/**
 * A highlighted snippet per row, preferring the text, then the impact line, then the title;
 * null where the terms are not found (the caller shows the excerpt).
 */
function snippetsFor(terms: readonly SnippetTerm[], rows: PageRow[]): (string | null)[] {
  const matcher = snippetMatcher(terms);
  if (!matcher || rows.length === 0) return rows.map(() => null);
  return rows.map(
    (r) =>
      snippetOf(r.text, matcher) ??
      (r.impact !== null ? highlightAll(r.impact, matcher) : null) ??
      (r.title !== null ? highlightAll(r.title, matcher) : null),
  );
}
