/**
 * What the browser host will not do for a page: write to a path on this computer that the
 * request names. A page's exports are downloads (`data:exportDownload`), saved by the browser
 * where the person chooses; the path exports stay for the desktop app and the command line.
 * Refused directly and when asked of the jobs runner (`jobs:start`), before the core sees it.
 */
import type { Result } from '../../common/contract';
import type { CallTarget } from './server';

/** Operations that write to a path given in the request. */
export const PATH_WRITING_OPS: ReadonlySet<string> = new Set(['data:exportJson', 'data:exportMarkdown', 'data:exportHtml']);

const REFUSAL = 'The browser version does not write files on this computer by path: use Download instead (it saves through your browser), or the desktop app or `scopebook export`.';

/** `target` with every path-writing operation refused by a typed error. */
export function withoutPathWrites(target: CallTarget): CallTarget {
  return {
    call(channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>> {
      const op = channel === 'jobs:start' && typeof input === 'object' && input !== null ? (input as { op?: unknown }).op : channel;
      if (typeof op === 'string' && PATH_WRITING_OPS.has(op)) return { ok: false, error: { code: 'invalid_input', message: REFUSAL } };
      return target.call(channel, input);
    },
  };
}
