/**
 * The renderer's only way to the journal. In Electron the preload puts the contract on
 * `window.scopebook`; in the browser host the same contract is reached over HTTP
 * (`POST /api/<domain>:<verb>`, JSON body = input, JSON reply = Result). The per-run token the
 * page was opened with (`/?token=`) is moved into this origin's sessionStorage and sent as the
 * `x-scopebook-token` header on every call and on the event stream — never as a cookie, which
 * the browser would also send to every other server on 127.0.0.1 (common/contract/web.ts).
 */
import { type ApiError, CHANGE_EVENTS_PATH, type ChangeEvent, isChangeEvent, type Result, type ScopebookApi, type ScopebookEvents } from '../../common/contract';
import { CHANNEL_NAMES } from '../../common/contract/channels';
import { TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../../common/contract/web';

declare global {
  interface Window {
    scopebook?: ScopebookApi & Partial<ScopebookEvents>;
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

/**
 * The browser host's token: taken from the address the page was opened with (then removed from
 * the address bar and history), else from an earlier load of this tab (sessionStorage survives
 * a reload and stays with this origin and port). Null when the page was opened without it.
 */
function takeToken(): string | null {
  let stored: string | null = null;
  try {
    const url = new URL(window.location.href);
    const offered = url.searchParams.get('token');
    if (offered) {
      sessionStorage.setItem(TOKEN_STORAGE_KEY, offered);
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    }
    stored = sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage refused (a locked-down browser profile): the page cannot call the host.
  }
  return stored;
}

const token: string | null = window.scopebook ? null : takeToken();

/** False in the browser when the page was opened without the printed address's token. */
export function canReachJournal(): boolean {
  return window.scopebook !== undefined || token !== null;
}

function authHeaders(extra: Record<string, string>): Record<string, string> {
  return token ? { ...extra, [TOKEN_HEADER]: token } : extra;
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
          headers: authHeaders({ 'content-type': 'application/json' }),
          credentials: 'omit',
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

type ChangeListener = (event: ChangeEvent) => void;
const changeListeners = new Set<ChangeListener>();
let changeSource: (() => void) | null = null;

function deliver(event: ChangeEvent): void {
  for (const listener of [...changeListeners]) {
    try {
      listener(event);
    } catch (err) {
      console.error('Scopebook: a view failed to refresh after a change', err);
    }
  }
}

/** After a dropped stream, events may have been missed: views reload everything they show. */
const RELOAD_ALL = (seq: number): ChangeEvent => ({ seq, channel: 'reconnect', changes: [{ what: 'journal' }] });

/**
 * The browser host's event stream (GET /api/events, Server-Sent Events) read with fetch rather
 * than EventSource, which cannot send headers: it carries the same token header as every call. Reconnects after a pause when it drops.
 */
function httpChanges(): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let connectedOnce = false;
  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const res = await fetch(CHANGE_EVENTS_PATH, { credentials: 'omit', signal: controller.signal, headers: authHeaders({ accept: 'text/event-stream' }) });
        if (res.ok && res.body) {
          if (connectedOnce) deliver(RELOAD_ALL(0));
          connectedOnce = true;
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = block.split('\n').find((line) => line.startsWith('data: '));
              if (!block.startsWith('event: change') || !data) continue;
              try {
                const event: unknown = JSON.parse(data.slice(6));
                if (isChangeEvent(event)) deliver(event);
              } catch {
                // A malformed event is dropped; the next one still arrives.
              }
            }
          }
        }
      } catch {
        // Dropped (the host stopped, or the page is leaving): try again after a pause.
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

/**
 * Calls `listener` after every write to the journal — from this window, another window, the
 * quick-capture window or a job — with what changed (common/contract/events.ts). Returns a
 * function that stops listening. One connection serves every listener of the page.
 */
export function onJournalChange(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  if (!changeSource) {
    const desktop = window.scopebook?.onChange;
    changeSource = desktop ? desktop(deliver) : httpChanges();
  }
  return () => {
    changeListeners.delete(listener);
    if (changeListeners.size === 0 && changeSource) {
      changeSource();
      changeSource = null;
    }
  };
}
