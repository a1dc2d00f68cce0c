/**
 * The CLI's two kinds of failure and their exit codes: 1 for something the user can fix in
 * the command (bad flag, unknown person, invalid date, malformed file), 2 when the journal
 * cannot be used (open in the app, damaged, disk full) or something broke inside.
 */
import type { ApiError } from '../../common/contract';

export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_STORAGE = 2;

/** A failure to report in one line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: typeof EXIT_USER | typeof EXIT_STORAGE,
    message: string,
    /** The contract's error code when the core refused the call. */
    readonly code: string = exitCode === EXIT_USER ? 'usage' : 'storage',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Something wrong in what the user typed or gave. */
export function userError(message: string, code = 'usage'): CliError {
  return new CliError(EXIT_USER, message, code);
}

/** The journal could not be used, or the core failed. */
export function storageError(message: string, code = 'storage'): CliError {
  return new CliError(EXIT_STORAGE, message, code);
}

/** A refusal from the core: storage failures exit 2, everything else is about the request (exit 1). */
export function fromApiError(error: ApiError, flagFor?: (field: string) => string | undefined): CliError {
  if (error.code === 'storage') return storageError(error.message, error.code);
  const flag = error.field ? flagFor?.(error.field) : undefined;
  return userError(flag ? `${flag}: ${stripField(error.message, error.field!)}` : error.message, error.code);
}

function stripField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
