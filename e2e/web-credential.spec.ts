/**
 * The browser mode's credential stays with its own origin. Cookies ignore ports, so a token kept
 * in a cookie would be sent to every other server on 127.0.0.1; here a second local server (a
 * stand-in for any other program on this computer) records everything the same browser sends
 * it after Scopebook was opened, and must receive nothing that opens the journal.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_STORAGE_KEY } from '../common/contract/web';
import { api, expect, test } from './fixtures';

/** Browser globals used inside `page.evaluate` (this file is not compiled with the DOM library). */
declare const sessionStorage: { getItem(key: string): string | null };
declare const localStorage: { length: number };
declare const document: { cookie: string };
declare class Image {
  src: string;
  onload: ((e: unknown) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}

async function startNeighbour(): Promise<{ origin: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Neighbour</title><p>another local program</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

test('a page on another loopback port receives nothing that opens the journal', async ({ browser, webHost }) => {
  const neighbour = await startNeighbour();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(webHost.url);
    await expect(page).toHaveTitle('Scopebook');
    await expect(page.locator('#root > *').first()).toBeVisible();
    // The app works: it holds the credential for its own origin.
    const count = await page.evaluate(async (key) => {
      const res = await fetch('/api/entries:count', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scopebook-token': sessionStorage.getItem(key) ?? '' },
        body: '{}',
      });
      return (await res.json()) as { ok: boolean };
    }, TOKEN_STORAGE_KEY);
    expect(count.ok).toBe(true);

    // The same browser then visits the neighbour, which loads a resource and fetches from itself.
    const other = await context.newPage();
    await other.goto(`${neighbour.origin}/visit`);
    const probe = await other.evaluate(
      async ([ours, key]) => {
        await fetch('/fetched', { credentials: 'include' });
        const img = new Image();
        await new Promise((resolve) => {
          img.onload = img.onerror = resolve;
          img.src = '/image.png';
        });
        let api: string;
        try {
          const res = await fetch(`${ours}/api/entries:count`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' });
          api = String(res.status);
        } catch {
          api = 'blocked';
        }
        return { storage: sessionStorage.getItem(key), local: localStorage.length, cookies: document.cookie, api };
      },
      [webHost.origin, TOKEN_STORAGE_KEY] as const,
    );

    expect(neighbour.seen.map((s) => s.url)).toEqual(expect.arrayContaining(['/visit', '/fetched', '/image.png']));
    for (const request of neighbour.seen) {
      expect(request.headers.cookie, `cookie sent to ${request.url}`).toBeUndefined();
      expect(JSON.stringify(request.headers), `headers sent to ${request.url}`).not.toContain(webHost.token);
    }
    expect(probe.storage).toBeNull();
    expect(probe.local).toBe(0);
    expect(probe.cookies).toBe('');
    expect(probe.api).not.toBe('200');
    // Nothing the browser keeps for any site carries the token.
    expect(JSON.stringify(await context.cookies())).not.toContain(webHost.token);
  } finally {
    await context.close();
    await new Promise<void>((resolve) => neighbour.server.close(() => resolve()));
  }
});

test('reload keeps working, and a second tab opened from the printed address works too', async ({ browser, webHost }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(webHost.url);
    await expect(page).toHaveURL(`${webHost.origin}/`);
    await page.reload();
    await expect(page).toHaveTitle('Scopebook');
    const call = (p: typeof page) =>
      p.evaluate(async (key) => {
        const res = await fetch('/api/entries:count', { method: 'POST', headers: { 'content-type': 'application/json', 'x-scopebook-token': sessionStorage.getItem(key) ?? '' }, body: '{}' });
        return res.status;
      }, TOKEN_STORAGE_KEY);
    expect(await call(page)).toBe(200);
    await expect(page.getByText(/open the full address/i)).toHaveCount(0);

    const second = await context.newPage();
    await second.goto(webHost.url);
    await expect(second).toHaveURL(`${webHost.origin}/`);
    expect(await call(second)).toBe(200);
    // The first tab's change-event stream carries the token too: a write in the second tab shows up.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Written in the second tab' }] }] };
    expect((await api(second, 'entries:create', { body, ownershipLevel: 'task' })).ok).toBe(true);
    await expect(page.getByText('Written in the second tab').first()).toBeVisible();

    // A tab opened on the bare address (no token) says what to do instead of failing silently.
    const bare = await context.newPage();
    await bare.goto(`${webHost.origin}/`);
    await expect(bare.getByText(/open the full address Scopebook printed/i)).toBeVisible();
    expect(await call(bare)).toBe(403);
  } finally {
    await context.close();
  }
});
