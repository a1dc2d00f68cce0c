/**
 * The browser host under hostile input: malformed request lines and duplicate Host headers
 * are refused with 400 before anything else, and the number of requests in progress and the
 * bytes of request bodies held in memory at once are capped (503 past that, nothing lost).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal, type OpenJournal } from '../core/journal';
import { startWebHost, type WebHost } from './server';

let dir: string;
let journal: OpenJournal;
let host: WebHost;

async function start(extra: Partial<Parameters<typeof startWebHost>[0]> = {}): Promise<void> {
  host = await startWebHost({ core: journal.core, rendererDir: join(dir, 'renderer'), maxBodyBytes: 64 * 1024, ...extra });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-web-limits-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Scopebook</title>');
  journal = openJournal(join(dir, 'data'), 'web');
});

afterEach(async () => {
  await host?.close();
  journal.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends raw bytes and resolves with everything the server answered until it closed (or 3 s). */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: host.port }, () => socket.write(text));
    let got = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(got);
    }, 3000);
    socket.on('data', (c) => {
      got += c.toString('latin1');
      if (/\r\n\r\n/.test(got) && /content-length: (\d+)/i.test(got)) {
        const length = Number(/content-length: (\d+)/i.exec(got)![1]);
        if (got.length - got.indexOf('\r\n\r\n') - 4 >= length) {
          clearTimeout(timer);
          socket.destroy();
          resolve(got);
        }
      }
    });
    socket.on('end', () => {
      clearTimeout(timer);
      resolve(got);
    });
    socket.on('error', reject);
  });
}

/** Starts an API call whose body never finishes arriving; the socket is kept open. */
function stalled(declared: number, sent: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: host.port }, () => {
      socket.write(
        `POST /api/entries:count HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-scopebook-token: ${host.token}\r\n` +
          `content-type: application/json\r\ncontent-length: ${declared}\r\n\r\n${' '.repeat(sent)}`,
      );
      setTimeout(() => resolve(socket), 100);
    });
    socket.on('error', () => undefined);
  });
}

const count = () =>
  raw(`POST /api/entries:count HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-scopebook-token: ${host.token}\r\ncontent-type: application/json\r\ncontent-length: 2\r\nConnection: close\r\n\r\n{}`);

describe('browser host: hostile requests', () => {
  it('answers a malformed request line with 400, not 500', async () => {
    await start();
    for (const line of ['GET http://[ HTTP/1.1', 'GET http://[::1 HTTP/1.1', 'POST http://%zz/api/entries:count HTTP/1.1']) {
      const answer = await raw(`${line}\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`);
      expect(answer, line).toMatch(/^HTTP\/1\.1 400 /);
    }
    expect(await count()).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('refuses duplicate Host headers with 400, even when one of them is ours', async () => {
    await start();
    const ours = `Host: 127.0.0.1:${host.port}`;
    for (const [first, second] of [
      [ours, 'Host: evil.example'],
      ['Host: evil.example', ours],
      [ours, ours],
    ]) {
      const answer = await raw(
        `POST /api/entries:count HTTP/1.1\r\n${first}\r\n${second}\r\nx-scopebook-token: ${host.token}\r\ncontent-type: application/json\r\ncontent-length: 2\r\nConnection: close\r\n\r\n{}`,
      );
      expect(answer, `${first} / ${second}`).toMatch(/^HTTP\/1\.1 400 /);
    }
  });

  it('caps the requests in progress: past the cap a clear 503, and the host recovers', async () => {
    await start({ maxConcurrentRequests: 2 });
    const held = [await stalled(100, 10), await stalled(100, 10)];
    const refused = await count();
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused).toMatch(/busy/i);
    for (const s of held) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await count()).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('caps the body bytes held in memory across requests', async () => {
    await start({ maxConcurrentRequests: 50, maxBufferedBytes: 100 * 1024 });
    // Two bodies of 60 KB each (each under the 64 KB per-request limit) cannot both be held.
    const first = await stalled(60 * 1024, 30 * 1024);
    const second = await raw(
      `POST /api/entries:count HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nx-scopebook-token: ${host.token}\r\ncontent-type: application/json\r\ncontent-length: ${60 * 1024}\r\nConnection: close\r\n\r\n${' '.repeat(60 * 1024 - 2)}{}`,
    );
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    first.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await count()).toMatch(/^HTTP\/1\.1 200 /);
  });
});
