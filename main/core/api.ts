/**
 * The core's single entry point: validates a call against the contract, runs its handler
 * (writes in one transaction) and returns a Result. Never throws for any input.
 */
import { ZodError } from 'zod';
import { type ApiError, type Channel, findChannel, type Handlers, type Result } from '../../common/contract';
import { type Clock, systemClock } from './clock';
import { type Db, openDatabase, openReadHandle, type OpenOptions, requestFullCheck } from './db';
import { CoreError } from './errors';
import { handlers } from './handlers';
import type { LongWork } from './safety/progress';

/** What every handler receives. */
export interface Ctx {
  /** The journal. For a read operation this is the read handle (see `reader`). */
  db: Db;
  /**
   * A read-only connection to the same file (WAL: it reads beside the writer, never waits on
   * it). Read operations run with it as `db`, so a read can never change the journal by
   * mistake: SQLite refuses any write on it (SQLITE_READONLY). Absent for in-memory journals.
   */
  reader?: Db;
  clock: Clock;
  /** The journal's file; backups, exports and imports (main/core/safety) need it. Absent in memory. */
  journalFile?: string;
  /** Progress and cancel for long work (exports, imports); set by the jobs worker (main/core/jobs). */
  work?: LongWork;
}

export interface CoreOptions extends OpenOptions {
  clock?: Clock;
}

export interface Core {
  readonly path: string;
  readonly db: Db;
  /** The read-only connection read operations run on (null for an in-memory journal). */
  readonly reader: Db | null;
  /** Validates and runs one operation. `channel` and `input` are untrusted. */
  call(channel: string, input: unknown): Result<unknown>;
  close(): void;
}

/** Opens the journal at `path` and binds every contract operation to it. */
export function openCore(path: string, options: CoreOptions = {}): Core {
  const db = openDatabase(path, options);
  let reader: Db | null;
  try {
    reader = path === ':memory:' ? null : openReadHandle(path);
  } catch (err) {
    db.close();
    throw err;
  }
  const ctx: Ctx = { db, clock: options.clock ?? systemClock, journalFile: path, ...(reader ? { reader } : {}) };
  return {
    path,
    db,
    reader,
    call: (channel, input) => dispatch(ctx, handlers, channel, input),
    close: () => {
      if (reader?.open) reader.close();
      if (db.open) db.close();
    },
  };
}

/** Validates and runs one call; every failure, even from a hostile input object, becomes a Result. */
export function dispatch(ctx: Ctx, impl: Handlers<Ctx>, channel: string, input: unknown): Result<unknown> {
  try {
    const def = findChannel(channel);
    if (!def) return fail({ code: 'invalid_input', message: `Unknown operation: ${String(channel).slice(0, 80)}` });
    const parsed = def.op.input.safeParse(input);
    if (!parsed.success) return fail(fromZod(parsed.error));
    const handler = (impl[def.domain] as Record<string, (c: Ctx, i: unknown) => unknown>)[def.verb]!;
    const value =
      def.op.kind === 'write'
        ? ctx.db.transaction(() => handler(ctx, parsed.data)).immediate()
        : handler(ctx.reader ? { ...ctx, db: ctx.reader } : ctx, parsed.data);
    return { ok: true, value };
  } catch (err) {
    if (isCorruption(err) && ctx.journalFile && ctx.journalFile !== ':memory:') {
      // Damage a start-up check did not see (a large journal is only checked in full after an
      // unclean stop): the next open checks every page, and a damaged file gets the recovery.
      requestFullCheck(ctx.journalFile);
      return fail({
        code: 'storage',
        message:
          'The journal file is damaged, so this was not read or saved. Close Scopebook and start it again: it will check the whole file and offer the newest good backup.',
      });
    }
    return fail(toApiError(err));
  }
}

function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Maps anything thrown inside the core to the contract's error shape. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof CoreError) return err.toApiError();
  if (err instanceof ZodError) return fromZod(err);
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL') {
      return { code: 'storage', message: 'The disk is full: the change was not saved. Free some space and try again.' };
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return { code: 'storage', message: 'The journal is busy in another program: the change was not saved. Try again.' };
    }
    return { code: 'storage', message: `The journal could not be read or written (${code}): ${message}` };
  }
  // A file write (an export, a backup's copy) on a full disk: the same words as a save.
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return { code: 'storage', message: 'The disk is full: nothing was written. Free some space and try again.' };
  }
  if (code === 'EROFS') return { code: 'storage', message: `The disk is read-only: nothing was written (${message}).` };
  return { code: 'storage', message: `Unexpected failure: ${message}` };
}

function fromZod(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'Invalid input';
  return field === undefined ? { code: 'invalid_input', message } : { code: 'invalid_input', message, field };
}

function fail(error: ApiError): Result<never> {
  return { ok: false, error };
}

export type { Channel };
