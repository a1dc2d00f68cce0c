/**
 * Prepared statements kept per connection for the hottest reads (timeline pages, search
 * pages, the tags and people of a page). better-sqlite3 compiles the SQL on every
 * `db.prepare`: 3 to 8 statements per call, about 0.2 ms, a tenth of a timeline page at
 * 100,000 entries (bench/README.md). Opt-in only: a statement from here is shared, so its
 * caller must use it at once (`all`/`get`/`run`/`iterate`). Its mode (whole rows, the first
 * column only, or rows as arrays) is chosen when it is asked for and is part of the cache key;
 * the statement handed out has no `pluck`/`raw`/`expand`, so no caller can switch the mode of
 * a statement another caller shares.
 */
import type Database from 'better-sqlite3';
import type { Db } from './db';

/** Enough for every shape of filtered page; older shapes are dropped first. */
const MAX_PER_DB = 200;

/** What a row comes back as: an object per row, the first column's value, or an array of the columns. */
export type StatementMode = 'rows' | 'pluck' | 'raw';

/** A kept statement: its mode is fixed, so the methods that would change it are absent. */
export type KeptStatement = Omit<Database.Statement, 'pluck' | 'raw' | 'expand' | 'safeIntegers'>;

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

function compile(db: Db, sql: string, mode: StatementMode): Database.Statement {
  const statement = db.prepare(sql);
  if (mode === 'pluck') statement.pluck();
  else if (mode === 'raw') statement.raw();
  return statement;
}

/**
 * `db.prepare(sql)` in `mode` (default: whole rows), compiled once per connection and mode; a
 * fresh one while the kept one is busy iterating.
 */
export function prepared(db: Db, sql: string, mode: StatementMode = 'rows'): KeptStatement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${mode}\u0000${sql}`;
  const hit = cache.get(key);
  if (hit && !hit.busy) {
    // Most recently used last, so the oldest shape is the first dropped.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  if (hit) return compile(db, sql, mode);
  const statement = compile(db, sql, mode);
  cache.set(key, statement);
  if (cache.size > MAX_PER_DB) cache.delete(cache.keys().next().value!);
  return statement;
}
