/**
 * Shared by the core's tests: a real journal file in a fresh temp dir per test (removed when
 * the test ends), a settable clock, document builders and typed call helpers.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, onTestFinished } from 'vitest';
import type { ApiError, Channel, DocNode, Domain, ErrorCode, Result, ScopebookApi } from '../../common/contract';
import { type Core, type CoreOptions, openCore } from './api';
import type { Clock } from './clock';
import type { Db } from './db';

/** A clock tests move by hand. */
export interface TestClock extends Clock {
  set(date: Date): void;
  advance(ms: number): void;
}

/** A clock pinned at `start` (default: 10 March 2026, noon local time) until moved. */
export function fixedClock(start: Date = new Date(2026, 2, 10, 12, 0, 0)): TestClock {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (date) => {
      now = date.getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A fresh temp dir, removed (with everything in it) when the current test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scopebook-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestJournal {
  core: Core;
  db: Db;
  clock: TestClock;
  path: string;
  dir: string;
}

/** Opens a new journal in a temp dir; closed and removed when the current test finishes. */
export function openJournal(options: CoreOptions & { clock?: TestClock } = {}): TestJournal {
  const dir = tempDir();
  const path = join(dir, 'journal.sqlite');
  const clock = options.clock ?? fixedClock();
  const core = openCore(path, { ...options, clock });
  onTestFinished(() => core.close());
  return { core, db: core.db, clock, path, dir };
}

/** A document with one paragraph per line of `text`. */
export function doc(text: string): DocNode {
  return docOf(...text.split('\n').map((line) => paragraph(line)));
}

/** A document from block nodes. */
export function docOf(...blocks: DocNode[]): DocNode {
  return { type: 'doc', content: blocks };
}

/** A paragraph from strings (text) and nodes (mentions…). */
export function paragraph(...parts: (string | DocNode)[]): DocNode {
  const content = parts
    .filter((p) => p !== '')
    .map((p): DocNode => (typeof p === 'string' ? { type: 'text', text: p } : p));
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A TipTap mention node. */
export function mention(id: string, label: string): DocNode {
  return { type: 'mention', attrs: { id, label } };
}

type MethodOf<C extends Channel> = C extends `${infer D extends Domain}:${infer V}`
  ? V extends keyof ScopebookApi[D]
    ? ScopebookApi[D][V]
    : never
  : never;
type InputOf<C extends Channel> = MethodOf<C> extends (input: infer I) => unknown ? I : never;
type ValueOf<C extends Channel> =
  MethodOf<C> extends (input: never) => Promise<Result<infer T>> ? T : never;

/** Calls the core and returns the value, failing the test with the error when the call fails. */
export function ok<C extends Channel>(core: Core, channel: C, input: InputOf<C>): ValueOf<C> {
  const result = core.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as ValueOf<C>;
}

/** Calls the core expecting a failure with `code`; returns the error. */
export function fails<C extends Channel>(core: Core, channel: C, input: InputOf<C> | unknown, code: ErrorCode): ApiError {
  const result = core.call(channel, input);
  expect(result.ok, `${channel} should fail with ${code}`).toBe(false);
  const error = (result as { ok: false; error: ApiError }).error;
  expect(error.code, error.message).toBe(code);
  return error;
}

/** Every row of every table (FTS shadow tables included), to prove a call changed nothing. */
export function dumpDb(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw().all() as unknown[][];
    out[table] = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).sort();
  }
  out.user_version = [String(db.pragma('user_version', { simple: true }))];
  return out;
}

/** SHA-256 of a file's bytes. */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Puts `TZ` back as it was after each test of the calling file: tests set it to try zones, and
 * assigning `undefined` to process.env would leave the string "undefined" behind.
 */
export function restoreTimeZoneAfterEach(): void {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
}

/** A wall-clock time on a local calendar day, in whatever `TZ` is now. */
export function localTime(day: string, hours: number, minutes: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hours, minutes);
}

/** A small deterministic random source (mulberry32) for randomised tests: the same seed, the same run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
