/**
 * The browser host's change events (GET /api/events, Server-Sent Events): a page that holds
 * the token hears what each write changed; a request without the token, or from another
 * origin, is refused like any API call.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../common/contract';
import { createChangeFeed, publishWrites } from '../core/changes';
import { openJournal, type OpenJournal } from '../core/journal';
import { TOKEN_HEADER } from './guard';
import { startWebHost, type WebHost } from './server';

let dir: string;
let journal: OpenJournal;
let host: WebHost;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-events-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Scopebook</title>');
  journal = openJournal(join(dir, 'data'), 'web');
  const changes = createChangeFeed();
  host = await startWebHost({ core: publishWrites(journal.core, changes), changes, rendererDir: join(dir, 'renderer') });
});

afterEach(async () => {
  await host.close();
  journal.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
}

async function post(channel: string, input: unknown): Promise<{ ok: boolean; value?: { id: string } }> {
  const res = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: { id: string } };
}

/** Reads `count` change events from an open stream. */
function readEvents(res: IncomingMessage, count: number): Promise<ChangeEvent[]> {
  return new Promise((resolve) => {
    let buffer = '';
    const events: ChangeEvent[] = [];
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (block.startsWith('event: change') && data) events.push(JSON.parse(data.slice(6)) as ChangeEvent);
        if (events.length === count) {
          res.destroy();
          resolve(events);
        }
      }
    });
  });
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('change events over the browser host', () => {
  it('streams what each write changed to a page holding the token', async () => {
    const res = await open({ [TOKEN_HEADER]: host.token });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    const pending = readEvents(res, 2);
    const created = await post('entries:create', { body: doc('Ran the migration'), ownershipLevel: 'task' });
    await post('entries:list', {});
    await post('settings:update', { tray: true });
    const events = await pending;
    expect(events[0]).toMatchObject({ seq: 1, channel: 'entries:create', changes: [{ what: 'entries', ids: [created.value!.id] }] });
    expect(events[1]).toMatchObject({ seq: 2, channel: 'settings:update', changes: [{ what: 'settings' }] });
  });

  it('refuses the stream without the token or from another origin', async () => {
    const anonymous = await open({});
    expect(anonymous.statusCode).toBe(403);
    anonymous.destroy();
    const foreign = await open({ [TOKEN_HEADER]: host.token, origin: 'http://evil.example' });
    expect(foreign.statusCode).toBe(403);
    foreign.destroy();
  });
});
