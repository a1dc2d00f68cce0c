/**
 * Benchmark journals are generated once and kept under bench/.cache, keyed by seed, size and
 * generator version; every run works on a fresh copy in a temp dir. A cached journal from an
 * older schema is migrated in place by the core (as a user's journal would be), so a new
 * migration does not cost a regeneration, and cold-open figures never include a migration.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../main/core/api';
import { SCHEMA_VERSION } from '../main/core/migrations';
import { type GeneratedJournal, generateJournal } from './generate';

/** Bump when the generator's output changes, so stale cached journals are not reused. */
export const GENERATOR_VERSION = 1;

const CACHE_DIR = join(__dirname, '.cache');

export interface CachedJournal {
  path: string;
  info: GeneratedJournal;
  /** true when this run generated it (so info.createMs was measured now). */
  fresh: boolean;
}

/**
 * The cached journal for `size` and `seed`, generated if missing. `batch` as in
 * GenerateOptions: how generation commits (recorded in info.commits).
 */
export function cachedJournal(
  size: number,
  seed: number,
  batch: number | null,
  options: { dir?: string; log?: (line: string) => void } = {},
): CachedJournal {
  const dir = options.dir ?? CACHE_DIR;
  const base = join(dir, `journal-seed${seed}-n${size}-gen${GENERATOR_VERSION}`);
  const path = `${base}.sqlite`;
  const infoPath = `${base}.json`;
  if (existsSync(path) && existsSync(infoPath)) {
    upgrade(path, options.log ?? (() => {}));
    return { path, info: JSON.parse(readFileSync(infoPath, 'utf8')) as GeneratedJournal, fresh: false };
  }
  mkdirSync(dir, { recursive: true });
  const partial = `${base}.partial-${process.pid}.sqlite`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const log = options.log ?? (() => {});
  log(`generating ${size.toLocaleString('en-US')} entries (seed ${seed}) into ${path} …`);
  const step = Math.max(1000, Math.round(size / 10));
  const info = generateJournal(partial, {
    size,
    seed,
    batch,
    onProgress: (n) => {
      if (n % step === 0 || n === size) log(`  ${n.toLocaleString('en-US')} / ${size.toLocaleString('en-US')}`);
    },
  });
  renameSync(partial, path);
  writeFileSync(infoPath, `${JSON.stringify(info, null, 2)}\n`);
  return { path, info, fresh: true };
}

/** A private copy of `journal` in a new temp dir; `remove()` deletes the dir. */
export function freshCopy(journal: string): { path: string; dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'scopebook-bench-'));
  const path = join(dir, 'journal.sqlite');
  copyDurably(journal, path);
  return { path, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Copies `from` to `to` and waits for the copy to reach the disk: otherwise its write-back
 * (600 MB at 100,000 entries) competes with the first measurements (review.last-year
 * measured 70 ms instead of 45 right after a copy).
 */
export function copyDurably(from: string, to: string): void {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Brings a cached journal to the current schema through the core's own migrations. */
function upgrade(path: string, log: (line: string) => void): void {
  const probe = new Database(path, { readonly: true });
  const version = probe.pragma('user_version', { simple: true }) as number;
  probe.close();
  if (version < SCHEMA_VERSION) {
    log(`migrating the cached journal ${path} from schema ${version} to ${SCHEMA_VERSION} …`);
    openCore(path).close();
  } else if (existsSync(`${path}-wal`)) {
    // Left by a reader: closing a writable connection folds it in, so a copy of the file is whole.
    new Database(path).close();
  }
}
