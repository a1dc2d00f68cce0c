/**
 * The browser host: serves the built renderer and the API contract over HTTP on 127.0.0.1,
 * backed by the same core as the desktop app. `POST /api/<domain>:<verb>` with a JSON body
 * answers a JSON Result (HTTP 200 for success and for typed errors); refused requests get
 * 400 (malformed request line, duplicate Host), 403 (token, Origin, Host), 404, 405, 413 (too
 * large), 415 (not JSON) or 503 (too many requests or body bytes at once). The token travels only
 * in the `x-scopebook-token` header (common/contract/web.ts); the renderer's own files are
 * served without it.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiError, CHANGE_EVENTS_PATH, type ChangeEvent, type Result } from '../../common/contract';
import { securityHeaders } from '../shared/csp';
import { checkOrigin, expireOldTokenCookies, hasToken, LOOPBACK, sameSecret } from './guard';
import { contentTypeOf, resolveStaticFile } from '../shared/static-files';

/** What the host sends calls to: the journal worker (main/core/jobs/journal-client.ts), or a core in tests. */
export interface CallTarget {
  call(channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>>;
}

export interface WebHostOptions {
  core: CallTarget;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
  /** Requests handled at once (the event streams not counted); past it, 503. */
  maxConcurrentRequests?: number;
  /** Request-body bytes held in memory at once, across all requests; past it, 503. Default: twice maxBodyBytes. */
  maxBufferedBytes?: number;
  /** The change events to stream on GET /api/events (Server-Sent Events). */
  changes?: { subscribe(listener: (event: ChangeEvent) => void): () => void };
}

export interface WebHost {
  /** The address to open, carrying the token. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  readonly server: Server;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
const DEFAULT_MAX_CONCURRENT = 16;
/** Open sockets at once (each page holds one for its event stream). */
const MAX_CONNECTIONS = 64;
const BUSY = 'Scopebook is busy with other requests from this computer. Try again in a moment.';

/** Starts the browser host on 127.0.0.1. Rejects when the port cannot be used. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const maxConcurrent = options.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT;
  const bodyBudget = { free: options.maxBufferedBytes ?? 2 * maxBody };
  let inProgress = 0;
  let port = 0;
  const server = createServer({ requestTimeout: 60_000 }, (req, res) => {
    // Checked before anything is parsed: a request line the URL parser rejects, or a second
    // Host header (Node keeps only the first, so the Host check alone would not see it).
    const url = parseTarget(req.url);
    if (!url || hostHeaders(req) !== 1) {
      res.setHeader('connection', 'close');
      return refuse(res, 400, 'Bad request.', false);
    }
    if (url.pathname !== CHANGE_EVENTS_PATH && inProgress >= maxConcurrent) {
      res.setHeader('connection', 'close');
      res.setHeader('retry-after', '1');
      return refuse(res, 503, BUSY, url.pathname.startsWith('/api/'));
    }
    const counted = url.pathname !== CHANGE_EVENTS_PATH;
    if (counted) inProgress++;
    let released = false;
    const release = () => {
      if (counted && !released) {
        released = true;
        inProgress--;
      }
    };
    res.once('close', release);
    res.once('finish', release);
    handle(req, res, url).catch((err: unknown) => {
      if (!res.headersSent) sendResult(res, 500, fail({ code: 'storage', message: `Unexpected failure: ${(err as Error).message}` }));
      else res.destroy();
    });
  });
  server.maxConnections = MAX_CONNECTIONS;

  function parseTarget(target: string | undefined): URL | null {
    try {
      return new URL(target ?? '/', `http://${LOOPBACK}:${port}`);
    } catch {
      return null;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const isApi = url.pathname.startsWith('/api/');
    const refusal = checkOrigin(req, port);
    if (refusal) return refuse(res, 403, refusal, isApi);

    const offered = url.searchParams.get('token');
    if (url.pathname === '/' && offered !== null && !sameSecret(offered, token)) {
      return refuse(res, 403, 'Refused: this address has a wrong or outdated token. Use the one Scopebook printed.', false);
    }
    // The renderer's files are the same for everyone and hold no journal data: they are served
    // without the token, so a reload (the page has dropped the token from its address) works.
    // The page itself keeps the token and sends it with every API call.
    if (!isApi) return serveFile(req, res, url.pathname);
    if (!hasToken(req, token)) {
      return refuse(res, 403, 'Refused: missing token. Open the full address Scopebook printed (it ends with ?token=…).', true);
    }
    if (url.pathname === CHANGE_EVENTS_PATH) return streamChanges(req, res);
    return api(req, res, url.pathname.slice('/api/'.length));
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return refuse(res, 405, 'API calls use POST.', true);
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return refuse(res, 415, 'API calls send a JSON body (content-type: application/json).', true);
    const body = await readBody(req, maxBody, bodyBudget);
    if (body === 'too-large') {
      res.setHeader('connection', 'close');
      return refuse(res, 413, `The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.`, true);
    }
    if (body === 'busy') {
      res.setHeader('connection', 'close');
      res.setHeader('retry-after', '1');
      return refuse(res, 503, BUSY, true);
    }
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      return sendResult(res, 200, fail({ code: 'invalid_input', message: 'The request body is not valid JSON.' }));
    }
    let channelName: string;
    try {
      channelName = decodeURIComponent(channel);
    } catch {
      channelName = channel;
    }
    // The worker answers; this thread only waits, so other requests go on meanwhile.
    const result = await options.core.call(channelName, input);
    if (!res.destroyed) sendResult(res, 200, result);
  }

  /**
   * GET /api/events: Server-Sent Events, one `change` event (JSON ChangeEvent) per write, after
   * the same Host, Origin and token checks as every API call (handle() runs them first). A
   * comment line every 25 s keeps idle connections from being dropped.
   */
  function streamChanges(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return refuse(res, 405, 'The event stream is read with GET.', true);
    }
    if (!options.changes) return refuse(res, 404, 'This host has no event stream.', true);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      ...securityHeaders(),
    });
    res.write(': scopebook change events\n\n');
    const stop = options.changes.subscribe((event) => {
      res.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    const end = () => {
      clearInterval(keepAlive);
      stop();
    };
    req.on('close', end);
    res.on('close', end);
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return refuse(res, 405, 'Method not allowed.', false);
    }
    const file = resolveStaticFile(options.rendererDir, pathname);
    if (!file) return refuse(res, 404, 'Not found.', false);
    const content = await readFile(file);
    const expired = expireOldTokenCookies(req.headers.cookie);
    if (expired.length > 0) res.setHeader('set-cookie', expired);
    res.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-length': content.length,
      'cache-control': 'no-store',
      ...securityHeaders(),
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: LOOPBACK, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** How many Host headers the request carries (exactly one is acceptable). */
function hostHeaders(req: IncomingMessage): number {
  let n = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') n++;
  return n;
}

/**
 * Reads the body; 'too-large' past `limit`, 'busy' when holding it would pass what all requests
 * together may hold in memory (`budget`, shared, given back when this one is done). A refused
 * body is still read to its end (and dropped) so the client receives the answer rather than a
 * reset connection — unless the client stops sending, when the request timeout ends it.
 */
async function readBody(req: IncomingMessage, limit: number, budget: { free: number }): Promise<Buffer | 'too-large' | 'busy'> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  let outcome: 'ok' | 'too-large' | 'busy' = 'ok';
  // A declared length is reserved up front, so slow senders cannot each claim less than they will send.
  let held = 0;
  if (Number.isFinite(declared)) {
    if (declared > limit) outcome = 'too-large';
    else if (declared > budget.free) outcome = 'busy';
    else {
      budget.free -= declared;
      held = declared;
    }
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (outcome !== 'ok') continue;
      const need = Math.max(0, size - held);
      if (size > limit) outcome = 'too-large';
      else if (need > budget.free) outcome = 'busy';
      if (outcome !== 'ok') {
        chunks.length = 0;
        continue;
      }
      budget.free -= need;
      held += need;
      chunks.push(chunk);
    }
    return outcome === 'ok' ? Buffer.concat(chunks) : outcome;
  } finally {
    budget.free += held;
  }
}

function refuse(res: ServerResponse, status: number, message: string, asJson: boolean): void {
  if (asJson) return sendResult(res, status, fail({ code: 'invalid_input', message }));
  const body = `${message}\n`;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...securityHeaders(),
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...securityHeaders(),
  });
  res.end(body);
}

function fail(error: ApiError): Result<never> {
  return { ok: false, error };
}
