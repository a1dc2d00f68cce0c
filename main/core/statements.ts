/**
 * Prepared statements kept per connection for the hottest reads (timeline pages, search
 * pages, the tags and people of a page). better-sqlite3 compiles the SQL on every
 * `db.prepare`: 3 to 8 statements per call, about 0.2 ms, a tenth of a timeline page at
 * 100,000 entries (bench/README.md). Opt-in only: a statement from here is shared, so its
 * caller must use it at once (`all`/`get`/`run`) and never switch its mode (`pluck`, `raw`).
 */
import type Database from 'better-sqlite3';
import type { Db } from './db';

/** Enough for every shape of filtered page; older shapes are dropped first. */
const MAX_PER_DB = 200;

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/** `db.prepare(sql)`, compiled once per connection; a fresh one while the cached one is busy iterating. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(sql);
  if (hit && !hit.busy) {
    // Most recently used last, so the oldest shape is the first dropped.
    cache.delete(sql);
    cache.set(sql, hit);
    return hit;
  }
  if (hit) return db.prepare(sql);
  const statement = db.prepare(sql);
  cache.set(sql, statement);
  if (cache.size > MAX_PER_DB) cache.delete(cache.keys().next().value!);
  return statement;
}
