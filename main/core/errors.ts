/** Typed errors raised inside the core and turned into `{ ok: false, error }` at the boundary. */
import type { ApiError, ErrorCode } from '../../common/contract';

export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }

  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function notFound(what: string, id: string): CoreError {
  return new CoreError('not_found', `${what} ${id} does not exist`);
}

export function invalid(message: string, field?: string): CoreError {
  return new CoreError('invalid_input', message, field);
}
