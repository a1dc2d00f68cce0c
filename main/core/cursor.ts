/** Opaque page cursors: the sort key of the last row seen, tagged with what it pages through. */
import { invalid } from './errors';

export function encodeCursor(mode: string, key: (string | number)[]): string {
  return Buffer.from(JSON.stringify([mode, ...key])).toString('base64url');
}

/** The key inside a cursor made by encodeCursor for the same `mode` and key size; invalid_input otherwise. */
export function decodeCursor(cursor: string, mode: string, size: number): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('This page cursor is not valid; start from the first page', 'cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== mode ||
    parsed.length !== size + 1 ||
    !parsed.slice(1).every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw invalid('This page cursor does not belong to this list; start from the first page', 'cursor');
  }
  return parsed.slice(1) as (string | number)[];
}
