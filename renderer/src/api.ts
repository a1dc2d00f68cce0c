/**
 * The renderer's only way to the journal. In Electron the preload puts the contract on
 * `window.scopebook`; in the browser host the same contract is reached over HTTP
 * (`POST /api/<domain>:<verb>`, JSON body = input, JSON reply = Result; the per-run token
 * travels in a same-site cookie set when the page was first opened with `?token=`).
 */
import type { ApiError, Result, ScopebookApi } from '../../common/contract';
import { CHANNEL_NAMES } from '../../common/contract/channels';

declare global {
  interface Window {
    scopebook?: ScopebookApi;
  }
}

/** An API failure, thrown by `call`. Carries the contract's error code and field. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly field: string | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
  }
}

function httpApi(): ScopebookApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = async (input: unknown) => {
      let res: Response;
      try {
        res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'storage', message: 'Scopebook is not running any more: restart it and reload this page.' } };
      }
      try {
        return (await res.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'storage', message: `The journal server answered ${res.status} without a result.` } };
      }
    };
  }
  return api as unknown as ScopebookApi;
}

/** The contract, from the preload when running in Electron, else over HTTP. */
export const api: ScopebookApi = window.scopebook ?? httpApi();

/** Unwraps a Result: the value, or an ApiCallError. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
