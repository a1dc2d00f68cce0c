/** Browser mode end to end: the built host, Debian's Chromium, a fresh journal per test. */
import { spawnSync } from 'node:child_process';
import type { Entry } from '../common/contract';
import { api, expect, settled, test } from './fixtures';
import { WEB_HOST_SCRIPT } from './paths';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test('the app loads from the tokened address, which then drops the token', async ({ app, webHost }) => {
  await expect(app).toHaveTitle('Scopebook');
  await expect(app.locator('#root > *').first()).toBeVisible();
  expect(app.url()).toBe(`${webHost.origin}/`);
});

test('an entry written and reloaded is still there', async ({ app }) => {
  const created = await api<Entry>(app, 'entries:create', { body: doc('Shipped the quarterly roadmap'), ownershipLevel: 'project' });
  expect(created.ok).toBe(true);
  const id = created.ok ? created.value.id : '';
  await app.reload();
  await expect(app).toHaveTitle('Scopebook');
  const again = await api<Entry>(app, 'entries:get', { id });
  expect(again).toMatchObject({ ok: true, value: { id, bodyText: 'Shipped the quarterly roadmap', ownershipLevel: 'project' } });
});

test('the page has no Node: no require, no process, no module', async ({ app }) => {
  const globals = await app.evaluate(() => {
    const w = globalThis as unknown as Record<string, unknown>;
    return { require: typeof w.require, process: typeof w.process, module: typeof w.module, Buffer: typeof w.Buffer };
  });
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
});

test('no request leaves 127.0.0.1', async ({ app, webHost }) => {
  const seen: string[] = [];
  app.on('request', (r) => seen.push(r.url()));
  await app.reload();
  await settled(app);
  expect(seen.length).toBeGreaterThan(0);
  for (const url of seen) expect(new URL(url).origin).toBe(webHost.origin);
  // The fixture also fails the test if any request (even a blocked one) aimed elsewhere.
});

test('the Content-Security-Policy blocks inline and remote scripts, and eval', async ({ app, offHostRequests }) => {
  const csp = await app.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const violations = await app.evaluate(async () => {
    const doc = (globalThis as unknown as { document: { createElement(t: string): Record<string, unknown>; head: { appendChild(n: unknown): void }; addEventListener(t: string, l: (e: { violatedDirective: string; blockedURI: string }) => void): void } }).document;
    const seen: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    const inline = doc.createElement('script');
    inline.textContent = 'globalThis.__inlineRan = eval("true")';
    doc.head.appendChild(inline);
    const remote = doc.createElement('script');
    remote.src = 'https://cdn.example.com/tracker.js';
    doc.head.appendChild(remote);
    await new Promise((r) => setTimeout(r, 200));
    return { seen, inlineRan: (globalThis as unknown as { __inlineRan?: boolean }).__inlineRan ?? false };
  });
  expect(violations.inlineRan).toBe(false);
  expect(violations.seen).toEqual(
    expect.arrayContaining([expect.stringMatching(/^script-src(-elem)? inline/), expect.stringMatching(/^script-src(-elem)? https:\/\/cdn\.example\.com/)]),
  );
  // The harness saw (and blocked) the deliberate remote request; nothing else tried to leave.
  expect(offHostRequests.filter((url) => !url.startsWith('https://cdn.example.com/'))).toEqual([]);
  offHostRequests.length = 0;
});

test('a browser without the token gets the page but not the journal', async ({ browser, webHost }) => {
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  const home = await page.goto(`${webHost.origin}/`);
  expect(home?.status()).toBe(200);
  await expect(page.getByText(/open the full address Scopebook printed/i)).toBeVisible();
  const wrong = await page.goto(`${webHost.origin}/?token=not-the-token`);
  expect(wrong?.status()).toBe(403);
  const call = await page.evaluate(async () => {
    const res = await fetch('/api/entries:count', { method: 'POST', headers: { 'content-type': 'application/json', 'x-scopebook-token': 'not-the-token' }, body: '{}' });
    return { status: res.status, body: await res.json() };
  });
  expect(call).toMatchObject({ status: 403, body: { ok: false } });
  await stranger.close();
});

test('a second Scopebook on the same journal says so and exits', async ({ webHost }) => {
  const second = spawnSync(process.execPath, [WEB_HOST_SCRIPT, '--data-dir', webHost.dataDir, '--port', '0'], { encoding: 'utf8', timeout: 15_000 });
  expect(second.status).toBe(1);
  expect(second.stderr).toMatch(/already open in Scopebook's browser mode/);
  expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace
});
