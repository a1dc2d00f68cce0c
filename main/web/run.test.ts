import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAST_PORT_FILE, runWebHost, type RunWebOptions } from './run';

let dir: string;
let rendererDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-run-'));
  rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Scopebook</title>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function options(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const opts: RunWebOptions = { argv, env, rendererDir, print: (l) => out.push(l), printError: (l) => err.push(l) };
  return { opts, out, err };
}

describe('npm run web', () => {
  it('prints the tokened address and the journal location, and the address works', async () => {
    const { opts, out, err } = options(['--data-dir', join(dir, 'journal')]);
    const running = await runWebHost(opts);
    expect(err).toEqual([]);
    expect(running).not.toBeNull();
    const printed = out.join('\n');
    expect(printed).toContain(running!.host.url);
    expect(printed).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}/);
    expect(printed).toContain(join(dir, 'journal', 'scopebook.db'));
    const res = await fetch(running!.host.url, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Scopebook</title>');
    await running!.stop();
  });

  it('takes the data directory from SCOPEBOOK_DATA_DIR', async () => {
    const { opts, out } = options([], { SCOPEBOOK_DATA_DIR: join(dir, 'from-env') });
    const running = await runWebHost(opts);
    expect(out.join('\n')).toContain(join(dir, 'from-env', 'scopebook.db'));
    await running!.stop();
  });

  it('refuses to open a journal another Scopebook has open, saying so in one line', async () => {
    const first = await runWebHost(options(['--data-dir', dir]).opts);
    const second = options(['--data-dir', dir]);
    expect(await runWebHost(second.opts)).toBeNull();
    expect(second.err).toHaveLength(1);
    expect(second.err[0]).toMatch(/already open in Scopebook's browser mode/);
    await first!.stop();
    const third = await runWebHost(options(['--data-dir', dir]).opts);
    expect(third).not.toBeNull();
    await third!.stop();
  });

  it('uses the port asked for, and explains a busy one', async () => {
    const first = await runWebHost(options(['--data-dir', join(dir, 'a')]).opts);
    const port = first!.host.port;
    await first!.stop();
    const chosen = await runWebHost(options(['--data-dir', join(dir, 'a'), '--port', String(port)]).opts);
    expect(chosen!.host.port).toBe(port);
    const busy = options(['--data-dir', join(dir, 'b'), '--port', String(port)]);
    expect(await runWebHost(busy.opts)).toBeNull();
    expect(busy.err.join('\n')).toContain(`port ${port} is already in use`);
    await chosen!.stop();
    // The failed start released its journal.
    const again = await runWebHost(options(['--data-dir', join(dir, 'b')]).opts);
    expect(again).not.toBeNull();
    await again!.stop();
  });

  it('takes the last run\'s port again, so the page keeps its address (and the drafts kept for it)', async () => {
    const journal = join(dir, 'same');
    const first = await runWebHost(options(['--data-dir', journal]).opts);
    const port = first!.host.port;
    await first!.stop();
    const second = options(['--data-dir', journal]);
    const again = await runWebHost(second.opts);
    expect(again!.host.port).toBe(port);
    expect(second.err).toEqual([]);

    // Taken by someone else (here: the running host, for another journal): a free port, said clearly.
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, LAST_PORT_FILE), `${port}\n`);
    const third = options(['--data-dir', other]);
    const moved = await runWebHost(third.opts);
    expect(moved).not.toBeNull();
    expect(moved!.host.port).not.toBe(port);
    expect(third.err.join('\n')).toContain(`Port ${port}, used last time, is taken by another program, so this run uses ${moved!.host.port}.`);
    expect(third.err.join('\n')).toContain('Drafts your browser kept for the old address');
    await moved!.stop();
    await again!.stop();
    // An explicit --port 0 still picks a free port.
    const explicit = await runWebHost(options(['--data-dir', journal, '--port', '0']).opts);
    expect(explicit).not.toBeNull();
    await explicit!.stop();
  });

  it('rejects a bad --port and a missing build with a clear line', async () => {
    const bad = options(['--port', 'eighty']);
    expect(await runWebHost(bad.opts)).toBeNull();
    expect(bad.err[0]).toContain('--port');
    rmSync(join(rendererDir, 'index.html'));
    const unbuilt = options(['--data-dir', dir]);
    expect(await runWebHost(unbuilt.opts)).toBeNull();
    expect(unbuilt.err[0]).toContain('npm run web');
  });

  it('writes no file by path for a page: exports are downloads', async () => {
    const running = await runWebHost(options(['--data-dir', join(dir, 'journal')]).opts);
    const host = running!.host;
    const post = async (channel: string, input: unknown) => {
      const res = await fetch(`${host.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scopebook-token': host.token },
        body: JSON.stringify(input),
      });
      return (await res.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };
    };
    expect((await post('entries:create', { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shipped it' }] }] }, ownershipLevel: 'task' })).ok).toBe(true);
    const target = join(dir, 'written-by-the-page.json');
    const attempts: [string, unknown][] = [
      ['data:exportJson', { path: target }],
      ['data%3AexportJson', { path: target }],
      ['data:exportHtml', { path: target }],
      ['data:exportMarkdown', { folder: dir, layout: 'yearly' }],
      ['jobs:start', { op: 'data:exportJson', input: { path: target } }],
      ['jobs:start', { op: 'data:exportMarkdown', input: { folder: dir, layout: 'monthly' } }],
    ];
    for (const [channel, input] of attempts) {
      const answer = await post(channel, input);
      expect(answer, channel).toMatchObject({ ok: false, error: { message: expect.stringContaining('Download') } });
    }
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toEqual([]);

    const json = await post('data:exportDownload', { format: 'json' });
    expect(json).toMatchObject({ ok: true, value: { filename: 'scopebook-journal.json', mimeType: 'application/json', entries: 1 } });
    expect(JSON.parse(String(json.value!.content))).toMatchObject({ format: 'scopebook-journal', entries: [expect.objectContaining({ bodyText: 'Shipped it' })] });
    const md = await post('data:exportDownload', { format: 'markdown' });
    expect(String(md.value!.content)).toMatch(/^# Brag document \d{4}\n[\s\S]*Shipped it/);
    await running!.stop();
  });
});
