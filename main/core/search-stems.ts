/**
 * Word stems as the index makes them. The index's tokenizer is `porter unicode61
 * remove_diacritics 2` (migration "search-stemming"): "migrations", "migrated" and "migration"
 * are all indexed as "migrat", so a search for one finds the others. FTS5 stems the words of a
 * query itself; this module answers the two questions it cannot: which indexed words (stems)
 * can be written back into a query unchanged (search-prefix.ts), and which part of a typed
 * word to highlight (snippet.ts).
 *
 * The stems come from SQLite's own stemmer, not a JavaScript copy that could differ: the
 * words are written into a small FTS5 table in the connection's temp schema (nothing is
 * written to the journal; it works on the read-only connection too) and read back through
 * an fts5vocab table, then deleted.
 */
import type { Db } from './db';
import { prepared } from './statements';

/** The search index's tokenizer, as migration 11 (migrations/011-search-stemming.ts) created it. */
export const TOKENIZER = 'porter unicode61 remove_diacritics 2';

const PROBE = 'temp.scopebook_stem_probe';
const PROBE_TOKENS = 'temp.scopebook_stem_tokens';
const ready = new WeakSet<Db>();
const caches = new WeakMap<Db, Map<string, string[]>>();
const MAX_CACHED = 2000;

function probe(db: Db): void {
  if (ready.has(db)) return;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${PROBE} USING fts5(w, tokenize='${TOKENIZER}');
    CREATE VIRTUAL TABLE IF NOT EXISTS ${PROBE_TOKENS} USING fts5vocab(temp, scopebook_stem_probe, instance);`);
  ready.add(db);
}

/** The indexed tokens (stems) each of `words` becomes, in order: "node.js" → ["node", "js"]. */
export function stemsOf(db: Db, words: readonly string[]): string[][] {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const missing = [...new Set(words.filter((w) => !cache.has(w)))];
  if (missing.length > 0) {
    probe(db);
    const insert = prepared(db, `INSERT INTO ${PROBE} (rowid, w) VALUES (?, ?)`);
    missing.forEach((w, i) => insert.run(i + 1, w));
    const rows = prepared(db, `SELECT doc, term FROM ${PROBE_TOKENS} ORDER BY doc, "offset"`).all() as { doc: number; term: string }[];
    prepared(db, `DELETE FROM ${PROBE}`).run();
    const found = new Map<number, string[]>();
    for (const r of rows) found.set(r.doc, [...(found.get(r.doc) ?? []), r.term]);
    if (cache.size + missing.length > MAX_CACHED) cache.clear();
    missing.forEach((w, i) => cache.set(w, found.get(i + 1) ?? []));
  }
  return words.map((w) => cache.get(w)!);
}

/** Whether an indexed token stays itself when written into a query (stemming it again changes nothing). */
export function stableTokens(db: Db, tokens: readonly string[]): boolean {
  const again = stemsOf(db, tokens);
  return tokens.every((t, i) => again[i]!.length === 1 && again[i]![0] === t);
}

/**
 * For each word of `folded` (lower case, no diacritics), the start every word with its stem
 * shares: "deploying" (stem "deploi") → "deplo", "migrations" → "migrat". A word that is its
 * own stem gives itself. The snippet marks words starting with it.
 */
export function stemRoots(db: Db, folded: readonly string[]): string[] {
  const stems = stemsOf(db, folded);
  return folded.map((word, i) => {
    const stem = stems[i]!.length === 1 ? stems[i]![0]! : word;
    let n = 0;
    while (n < word.length && n < stem.length && word[n] === stem[n]) n++;
    return n >= Math.min(3, word.length) ? word.slice(0, n) : word;
  });
}
