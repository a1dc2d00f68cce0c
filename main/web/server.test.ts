import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal, type OpenJournal } from '../core/journal';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { startWebHost, type WebHost } from './server';

let dir: string;
let journal: OpenJournal;
let host: WebHost;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Scopebook</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  journal = openJournal(join(dir, 'data'), 'web');
  host = await startWebHost({ core: journal.core, rendererDir, maxBodyBytes: 64 * 1024 });
});

afterEach(async () => {
  await host.close();
  journal.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests control every header (including Host). */
function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

function authed(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-scopebook-token': host.token, ...extra };
}

function callApi(channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${channel}`, {
    method: 'POST',
    headers: authed({ 'content-type': 'application/json', origin: host.origin, ...headers }),
    body: JSON.stringify(input),
  });
}

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shipped the importer' }] }] };

describe('browser host: who may connect', () => {
  it('listens on 127.0.0.1 only and prints a tokened URL', async () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('cannot be reached through any other interface', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of [...others, '127.0.0.2']) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: host.port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('serves the page for the tokened address without setting any cookie', async () => {
    const res = await send(`/?token=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Scopebook</title>');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).not.toContain(host.token);
  });

  it('deletes the token cookies that earlier versions left, for every port', async () => {
    const res = await send('/', { headers: { cookie: `theme=dark; sb_${host.port}=${host.token}; sb_40123=old` } });
    const cleared = [res.headers['set-cookie'] ?? []].flat();
    expect(cleared).toHaveLength(2);
    expect(cleared.join('\n')).toMatch(new RegExp(`^sb_${host.port}=; .*Max-Age=0`, 'm'));
    expect(cleared.join('\n')).toMatch(/^sb_40123=; .*Max-Age=0/m);
    expect(cleared.join('\n')).not.toContain('theme');
  });

  it('refuses a wrong token in the address, and every API call without the token header', async () => {
    expect((await send('/?token=wrong')).status).toBe(403);
    expect((await send(`/?token=${host.token}x`)).status).toBe(403);
    const api = await send('/api/entries:count', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // The old cookie opens nothing any more: only the header counts.
    const cookie = await send('/api/entries:count', { method: 'POST', headers: { 'content-type': 'application/json', cookie: `sb_${host.port}=${host.token}` }, body: '{}' });
    expect(cookie.status).toBe(403);
    const wrong = await send('/api/entries:count', { method: 'POST', headers: { 'content-type': 'application/json', 'x-scopebook-token': `${host.token}x` }, body: '{}' });
    expect(wrong.status).toBe(403);
  });

  it('accepts the token header for tools', async () => {
    const res = await send('/api/entries:count', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-scopebook-token': host.token },
      body: '{}',
    });
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { count: 0 } });
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const res = await callApi('entries:count', {}, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect((await callApi('entries:count', {}, { origin: `http://localhost:${host.port}` })).status).toBe(403);
    expect((await callApi('entries:count', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await callApi('entries:count', {})).status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding) even with the right token', async () => {
    for (const name of [`evil.example:${host.port}`, `localhost:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const res = await send('/', { headers: authed({ host: name }) });
      expect(res.status, name).toBe(403);
      const api = await callApi('entries:count', {}, { host: name });
      expect(api.status, name).toBe(403);
    }
  });
});

describe('browser host: the API', () => {
  it('runs the contract: an entry written is read back', async () => {
    const created = JSON.parse((await callApi('entries:create', { body: doc, ownershipLevel: 'project' })).body);
    expect(created.ok).toBe(true);
    const got = JSON.parse((await callApi('entries:get', { id: created.value.id })).body);
    expect(got).toMatchObject({ ok: true, value: { id: created.value.id, bodyText: 'Shipped the importer', ownershipLevel: 'project' } });
  });

  it('answers malformed bodies and invalid input with typed errors', async () => {
    const bad = await send('/api/entries:count', { method: 'POST', headers: authed({ 'content-type': 'application/json' }), body: '{nope' });
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const empty = await send('/api/entries:count', { method: 'POST', headers: authed({ 'content-type': 'application/json' }) });
    expect(JSON.parse(empty.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const invalid = JSON.parse((await callApi('entries:create', { body: doc, ownershipLevel: 'galaxy' })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'ownershipLevel' } });
  });

  it('answers an unknown operation with a typed error', async () => {
    const res = await callApi('entries:explode', {});
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Unknown operation') } });
    const proto = await callApi('__proto__', {});
    expect(JSON.parse(proto.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses oversized bodies with 413 and a typed error', async () => {
    const huge = JSON.stringify({ query: 'x'.repeat(100 * 1024) });
    const res = await send('/api/entries:search', { method: 'POST', headers: authed({ 'content-type': 'application/json' }), body: huge });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('requires POST and a JSON content type for API calls', async () => {
    expect((await send('/api/entries:count', { headers: authed() })).status).toBe(405);
    const form = await send('/api/entries:count', { method: 'POST', headers: authed({ 'content-type': 'text/plain' }), body: '{}' });
    expect(form.status).toBe(415);
    expect(JSON.parse(form.body).ok).toBe(false);
  });
});

describe('browser host: the app files', () => {
  it('serves the renderer with the strict CSP and security headers, token or not', async () => {
    const res = await send('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const page = await send('/', { headers: authed() });
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/.hidden.js']) {
      const res = await send(path, { headers: authed() });
      expect(res.body, path).not.toContain('outside the renderer');
    }
    expect((await send('/missing.js', { headers: authed() })).status).toBe(404);
  });

  it('serves index.html for client-side routes', async () => {
    const res = await send('/people/someone', { headers: authed() });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root">');
  });
});

describe('the CSP', () => {
  it('allows no eval and no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
