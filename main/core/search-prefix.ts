/**
 * Prefix* terms rewritten as the indexed words they stand for. FTS5 answers a prefix query
 * by merging the doclists of every word with that prefix into one, in full, every time the
 * query runs (~5 ms for "deplo*" over 100,000 entries, however few rows are wanted). The same
 * words joined with OR are read lazily, so "newest 100 hits" stops early (~0.2 ms). The words
 * come from an fts5vocab table over the index (in the connection's temp schema: nothing is
 * written to the journal). A prefix with more than MAX_WORDS words keeps the prefix query.
 *
 * Listing the words costs ~1 ms for "deplo" at 100,000 entries (fts5vocab counts each word's
 * hits as it lists it), so the words are kept per connection and prefix until the journal
 * changes: by this connection (total_changes) or another one (data_version).
 */
import type { Db } from './db';
import { foldWord } from './snippet';
import { stableTokens, stemsOf } from './search-stems';
import { prepared } from './statements';

const MAX_WORDS = 32;
const TERMS_TABLE = 'temp.scopebook_fts_terms';
const NON_WORD = /[^\p{L}\p{N}\p{Co}\p{M}]+/u;

const ready = new WeakSet<Db>();
const MAX_CACHED = 64;

interface Cache {
  stamp: string;
  terms: Map<string, string[]>;
}
const caches = new WeakMap<Db, Cache>();

function termsTable(db: Db): void {
  if (ready.has(db)) return;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${TERMS_TABLE} USING fts5vocab(main, entries_fts, row)`);
  ready.add(db);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 expression for a prefix term (`text` is a word or phrase whose last word is the
 * prefix): `("word1" OR "word2" …)` over the indexed words with that prefix; null to keep the
 * prefix query (no such word, or too many).
 */
export function expandPrefix(db: Db, text: string): string | null {
  const words = foldWord(text).split(NON_WORD).filter((w) => w.length > 0);
  const last = words.pop();
  if (last === undefined) return null;
  // FTS5 stems a prefix too ("agree*" looks for words starting with "agre"): so do the words listed here.
  const stemmed = stemsOf(db, [last])[0]!;
  const terms = termsFor(db, stemmed.length === 1 ? stemmed[0]! : last);
  if (terms.length === 0 || terms.length > MAX_WORDS || !stableTokens(db, terms)) return null;
  const lead = words.length > 0 ? `${words.join(' ')} ` : '';
  const phrases = terms.map((t) => quote(`${lead}${t}`));
  return phrases.length === 1 ? phrases[0]! : `(${phrases.join(' OR ')})`;
}

/** The indexed words starting with `prefix` (at most MAX_WORDS + 1), from the cache while the journal is unchanged. */
function termsFor(db: Db, prefix: string): string[] {
  termsTable(db);
  const stamp = prepared(db, 'SELECT total_changes() || \':\' || (SELECT data_version FROM pragma_data_version())', 'pluck').get() as string;
  let cache = caches.get(db);
  if (!cache || cache.stamp !== stamp) {
    cache = { stamp, terms: new Map() };
    caches.set(db, cache);
  }
  const known = cache.terms.get(prefix);
  if (known) return known;
  const terms = prepared(db, `SELECT term FROM ${TERMS_TABLE} WHERE term >= ? AND term < ? LIMIT ?`, 'pluck').all(prefix, `${prefix}\u{10ffff}`, MAX_WORDS + 1) as string[];
  if (cache.terms.size >= MAX_CACHED) cache.terms.delete(cache.terms.keys().next().value!);
  cache.terms.set(prefix, terms);
  return terms;
}
