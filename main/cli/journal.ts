/**
 * The journal as the CLI uses it: found in the same place as the app's (or --data-dir /
 * SCOPEBOOK_DATA_DIR), opened under the same lock the app and browser host take, and called
 * only through the contract. While the app holds the lock the CLI works beside it on a
 * connection of its own (SQLite in WAL mode keeps both safe; each call is one transaction):
 * the app's journal worker notices the write (PRAGMA data_version) and tells every open view
 * to reload, and an editor holding an older revision gets a conflict instead of overwriting
 * it. Beside the app the CLI never migrates: a journal of another schema version is refused.
 */
import { existsSync } from 'node:fs';
import type { Channel, Domain, Result, ScopebookApi } from '../../common/contract';
import { openCore } from '../core/api';
import { openConnection, SCHEMA_VERSION } from '../core/db';
import { CoreError } from '../core/errors';
import type { OpenJournal } from '../core/journal';
import { damagedJournal, openJournalForHost } from '../core/safety/host-open';
import { dataDirOverride, defaultDataDir, journalFile } from '../core/paths';
import { fromApiError, storageError, userError } from './errors';

type MethodOf<C extends Channel> = C extends `${infer D extends Domain}:${infer V}`
  ? V extends keyof ScopebookApi[D]
    ? ScopebookApi[D][V]
    : never
  : never;
/** The input a channel takes. */
export type InputOf<C extends Channel> = MethodOf<C> extends (input: infer I) => unknown ? I : never;
/** What a channel returns on success. */
export type ValueOf<C extends Channel> = MethodOf<C> extends (input: never) => Promise<Result<infer T>> ? T : never;

/** Turns a field of a call's input into the flag the user typed, for error messages. */
export type FlagFor = (field: string) => string | undefined;

export interface CliJournal {
  readonly dataDir: string;
  readonly file: string;
  /** Calls the core; a refusal becomes a CliError (exit 1 or 2). */
  call<C extends Channel>(channel: C, input: InputOf<C>, flagFor?: FlagFor): ValueOf<C>;
  /** The raw Result, for callers that run the call elsewhere (see long-call.ts). */
  callRaw(channel: Channel, input: unknown): Result<unknown>;
  close(): void;
}

/** The data directory the user chose, or the app's default one. */
export function chooseDataDir(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  return dataDirOverride(flag !== undefined ? ['--data-dir', flag] : [], env, cwd) ?? defaultDataDir(process.platform, env);
}

/**
 * Opens the journal in `dataDir`. A command that only reads refuses to create a journal
 * where there is none (a mistyped --data-dir should not leave an empty journal behind).
 */
function openCliJournal(dataDir: string, mayCreate: boolean): CliJournal {
  const file = journalFile(dataDir);
  if (!mayCreate && !existsSync(file)) {
    throw userError(`There is no journal in ${dataDir} yet. Write your first entry with \`scopebook add\`, or point to one with --data-dir.`, 'not_found');
  }
  let open: Pick<OpenJournal, 'core' | 'close'>;
  try {
    // Same safety as the app: a backup before any migration, and today's backup if none yet.
    open = openJournalForHost(dataDir, 'other').journal;
  } catch (err) {
    if (err instanceof CoreError && err.code === 'conflict' && existsSync(file)) {
      open = openBesideApp(file, err);
    } else if (err instanceof CoreError) {
      throw storageError(`${err.message}${damagedHint(dataDir, err)}`, err.code);
    } else {
      throw storageError(`Cannot open the journal in ${dataDir}: ${(err as Error).message}`);
    }
  }
  return {
    dataDir,
    file,
    call(channel, input, flagFor) {
      const result = open.core.call(channel, input);
      if (!result.ok) throw fromApiError(result.error, flagFor);
      return result.value as never;
    },
    callRaw: (channel, input) => open.core.call(channel, input),
    close: () => open.close(),
  };
}

/**
 * The journal while the app (or the browser mode) has it open: a connection beside the app's,
 * without the lock, and only when no migration is needed (the app opened and migrated it; a
 * command of another version must not change the schema under it).
 */
function openBesideApp(file: string, locked: CoreError): Pick<OpenJournal, 'core' | 'close'> {
  let version: number;
  try {
    const probe = openConnection(file, { readonly: true, fileMustExist: true });
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  } catch (err) {
    throw storageError(`${locked.message} It could not be read beside it: ${(err as Error).message}`, 'conflict');
  }
  if (version !== SCHEMA_VERSION) {
    throw storageError(
      `${locked.message} It has journal version ${version} and this command works with version ${SCHEMA_VERSION}, so it waits: run it after closing the app.`,
      'conflict',
    );
  }
  try {
    const core = openCore(file);
    return { core, close: () => core.close() };
  } catch (err) {
    throw storageError(err instanceof Error ? err.message : String(err));
  }
}

/** A journal opened only when a command first needs it, so `--help` and bad flags never touch it. */
export function lazyJournal(dataDir: string, mayCreate: boolean): { get(): CliJournal; close(): void } {
  let journal: CliJournal | null = null;
  return {
    get: () => (journal ??= openCliJournal(dataDir, mayCreate)),
    close: () => journal?.close(),
  };
}

/** For a damaged journal: how to get back to the newest verified backup. */
function damagedHint(dataDir: string, err: unknown): string {
  const damage = damagedJournal(dataDir, err);
  if (!damage) return '';
  return damage.backup
    ? ` The newest verified backup was taken ${damage.backup.takenAt}; \`scopebook recover\` puts it in place (the damaged file is kept).`
    : ' No verified backup of it was found; keep a copy of the file before trying anything else.';
}
