/**
 * The end-to-end harness, for every e2e spec: `import { test, expect } from './fixtures'`.
 *
 * - `webHost`: the built browser host (`node dist/main/web.js --data-dir <fresh temp dir> --port 0`)
 *   started for this test only, with its printed URL parsed; stopped and its journal deleted after.
 * - `app`: a page opened at the host's tokened URL (the page keeps the token in its sessionStorage
 *   and sends it as a header), the app loaded.
 *   Every request the page makes is checked: anything not addressed to the host is blocked, and
 *   the test fails at the end listing it (nothing may leave 127.0.0.1).
 * - `api(page, channel, input)`: calls the contract from inside the page, as the renderer does.
 *   Code run inside the page that calls the API itself sends the token header too
 *   (`sessionStorage.getItem(TOKEN_STORAGE_KEY)`), as the renderer does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Result } from '../common/contract';
import { CHANGE_EVENTS_PATH } from '../common/contract/events';
import { TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../common/contract/web';
import { ROOT, WEB_HOST_SCRIPT } from './paths';

export interface WebHostProcess {
  /** The printed address, with the token. */
  readonly url: string;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  /** Everything the host printed so far. */
  output(): string;
  /** Stops the host (Ctrl+C) and waits for it to exit. */
  stop(): Promise<void>;
}

/** The page's own storage, read inside `page.evaluate` (this file is not compiled with the DOM library). */
declare const sessionStorage: { getItem(key: string): string | null };

const URL_PATTERN = /(http:\/\/127\.0\.0\.1:(\d+))\/\?token=([\w-]+)/;

/** Starts the built browser host on `dataDir` and waits for its address. */
export function startWebHostProcess(dataDir: string, extraArgs: string[] = []): Promise<WebHostProcess> {
  const child = spawn(process.execPath, [WEB_HOST_SCRIPT, '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SCOPEBOOK_DATA_DIR: '' },
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`The browser host printed no address within 15 s:\n${out}`)), 15_000);
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = URL_PATTERN.exec(out);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stdout!.on('data', (c: Buffer) => void (out += c.toString()));
      resolve({
        url: match[0],
        origin: match[1]!,
        token: match[3]!,
        dataDir,
        child,
        output: () => out,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => void (out += c.toString()));
    child.once('exit', (code) => fail(new Error(`The browser host exited (${code}) before printing its address:\n${out}`)));
  });
}

/** Calls one contract operation from inside the page, over the same HTTP API the renderer uses. */
export function api<T = unknown>(page: Page, channel: string, input: unknown): Promise<Result<T>> {
  return page.evaluate(
    async ([c, i, key, header]) => {
      const res = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: sessionStorage.getItem(key) ?? '' },
        body: JSON.stringify(i),
      });
      return (await res.json()) as Result<T>;
    },
    [channel, input, TOKEN_STORAGE_KEY, TOKEN_HEADER] as const,
  );
}

/** Requests in flight per page, except the change-event stream (which stays open by design). */
const inFlight = new WeakMap<Page, Set<unknown>>();

function trackRequests(page: Page): void {
  const open = new Set<unknown>();
  inFlight.set(page, open);
  page.on('request', (r) => {
    if (new URL(r.url()).pathname !== CHANGE_EVENTS_PATH) open.add(r);
  });
  const done = (r: unknown) => void open.delete(r);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/**
 * Waits until the page has had no request in flight for `quietMs`. Playwright's `networkidle`
 * can never be reached by this app: the change-event stream (`GET /api/events`) stays open for
 * as long as the page lives, so it is left out here.
 */
export async function settled(page: Page, quietMs = 500): Promise<void> {
  const open = inFlight.get(page);
  if (!open) throw new Error('settled() needs a page from the `app` fixture');
  let quietSince = Date.now();
  await expect
    .poll(
      () => {
        if (open.size > 0) quietSince = Date.now();
        return Date.now() - quietSince >= quietMs;
      },
      { intervals: [100], timeout: 15_000, message: 'the page kept requests in flight' },
    )
    .toBe(true);
}

export const test = base.extend<{ webHost: WebHostProcess; app: Page; offHostRequests: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  webHost: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scopebook-e2e-'));
    const host = await startWebHostProcess(dataDir);
    try {
      await use(host);
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },

  // eslint-disable-next-line no-empty-pattern -- as above.
  offHostRequests: async ({}, use) => {
    await use([]);
  },

  app: async ({ page, webHost, offHostRequests }, use) => {
    const local = (url: string) => url.startsWith(`${webHost.origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (local(url)) return route.continue();
      offHostRequests.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('request', (request) => {
      if (!local(request.url()) && !offHostRequests.includes(request.url())) offHostRequests.push(request.url());
    });
    trackRequests(page);
    await page.goto(webHost.url);
    await expect(page).toHaveTitle('Scopebook');
    await use(page);
    expect(offHostRequests, 'requests that tried to leave 127.0.0.1').toEqual([]);
  },
});

export { expect };
