import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ChangeEvent, Entry, JobStatus, Result } from '../../../common/contract';
import { newId } from '../../../common/ids';
import { openCore } from '../api';
import { createChangeFeed } from '../changes';
import { doc, ok, openJournal, type TestJournal } from '../test-helpers';
import { CRASH_MESSAGE, type JournalClient, RESTARTED_CHANNEL, startJournalWorker } from './journal-client';
import { EXTERNAL_CHANNEL } from './journal-worker';
import { useBuiltWorker } from './testing';

const workerFile = useBuiltWorker();

function seed(j: TestJournal, n: number): void {
  j.db.transaction(() => {
    for (let i = 0; i < n; i++) ok(j.core, 'entries:create', { body: doc(`Shipped piece ${i} of the migration`), ownershipLevel: 'task' });
  })();
}

function start(j: TestJournal, extra: { stepDelayMs?: number; readerStepDelayMs?: number; pollMs?: number } = {}) {
  const changes = createChangeFeed();
  const events: ChangeEvent[] = [];
  changes.subscribe((e) => events.push(e));
  const crashes: string[] = [];
  const worker = startJournalWorker({ file: j.path, workerFile: workerFile(), changes, onCrash: (m) => crashes.push(m), ...extra });
  onTestFinished(() => worker.close());
  return { worker, events, crashes };
}

async function value<T>(answer: Promise<Result<unknown>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

async function until<T>(what: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = what();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(10);
  }
}

const create = (worker: JournalClient, text: string, id?: string) =>
  value<Entry>(worker.call('entries:create', { ...(id ? { id } : {}), body: doc(text), ownershipLevel: 'task' }));

describe('the journal worker', () => {
  it('runs contract calls and announces each write it made', async () => {
    const j = openJournal();
    const { worker, events } = start(j);
    const entry = await create(worker, 'Written through the worker');
    expect((await value<Entry>(worker.call('entries:get', { id: entry.id }))).bodyText).toBe('Written through the worker');
    expect(ok(j.core, 'entries:get', { id: entry.id }).bodyText).toBe('Written through the worker');
    await until(() => events.find((e) => e.channel === 'entries:create'));
    expect(events.find((e) => e.channel === 'entries:create')!.changes).toEqual([{ what: 'entries', ids: [entry.id] }]);
    // Reads announce nothing; bad input is a typed answer, not a crash.
    const bad = await worker.call('entries:create', { body: 'not a document', ownershipLevel: 'task' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'body' } });
    expect((await worker.call('no:such', {})).ok).toBe(false);
    expect(events.filter((e) => e.channel !== 'entries:create')).toEqual([]);
  });

  it('creating the same client-chosen id twice through the worker writes one entry', async () => {
    const j = openJournal();
    const { worker } = start(j);
    const id = newId();
    const [a, b] = await Promise.all([create(worker, 'Once', id), create(worker, 'Once, retried', id)]);
    expect(a).toEqual(b);
    expect((await value<{ count: number }>(worker.call('entries:count', {}))).count).toBe(1);
  });

  it('answers short calls while a job and a slow read are running', async () => {
    const j = openJournal();
    seed(j, 600);
    const { worker, events } = start(j, { stepDelayMs: 10_000, readerStepDelayMs: 3000 });
    const job = await value<{ id: string }>(worker.call('jobs:start', { op: 'data:exportJson', input: { path: join(j.dir, 'journal.json') } }));
    const status = () => value<JobStatus>(worker.call('jobs:status', { id: job.id }));
    while ((await status()).total === 0) await sleep(10);
    // A direct export is a slow read: the reader thread takes it, and holds it (test pause).
    let slowAnswered = false;
    const slow = worker.call('data:exportJson', { path: join(j.dir, 'direct.json') }).then((r) => {
      slowAnswered = true;
      return r;
    });
    await sleep(100);
    for (let i = 0; i < 5; i++) {
      const entry = await create(worker, `Typed during the export ${i}`);
      expect((await value<Entry>(worker.call('entries:get', { id: entry.id }))).id).toBe(entry.id);
      await value(worker.call('entries:list', { limit: 50 }));
    }
    expect(slowAnswered).toBe(false);
    expect((await status()).state).toBe('running');
    await value(worker.call('jobs:cancel', { id: job.id }));
    while ((await status()).state === 'running') await sleep(10);
    expect((await status()).state).toBe('cancelled');
    expect(events.filter((e) => e.channel === 'entries:create')).toHaveLength(5);
    // Closing cuts the held read short with a typed answer, never a hang.
    await worker.close();
    expect(await slow).toMatchObject({ ok: false, error: { code: 'storage' } });
  });

  it('a worker killed mid-call answers the pending call with a storage error, restarts, and keeps every acknowledged write', async () => {
    const j = openJournal();
    seed(j, 600);
    const { worker, events, crashes } = start(j, { readerStepDelayMs: 10_000 });
    const saved = await create(worker, 'Acknowledged before the crash');
    const inFlight = worker.call('data:exportJson', { path: join(j.dir, 'during-crash.json') });
    await sleep(200);
    await worker.kill();
    const answer = await inFlight;
    expect(answer).toEqual({ ok: false, error: { code: 'storage', message: CRASH_MESSAGE } });
    expect(existsSync(join(j.dir, 'during-crash.json'))).toBe(false);
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatch(/restarted it/);
    await until(() => events.find((e) => e.channel === RESTARTED_CHANNEL));
    expect(events.find((e) => e.channel === RESTARTED_CHANNEL)!.changes).toEqual([{ what: 'journal' }]);

    // The restarted worker answers, and nothing acknowledged was lost.
    expect((await value<Entry>(worker.call('entries:get', { id: saved.id }))).bodyText).toBe('Acknowledged before the crash');
    const after = await create(worker, 'Written after the restart');
    expect((await value<{ count: number }>(worker.call('entries:count', {}))).count).toBe(602);
    expect(ok(j.core, 'entries:get', { id: after.id }).bodyText).toBe('Written after the restart');
  });

  it('announces a write made by another program on the same journal', async () => {
    const j = openJournal();
    const { worker, events } = start(j, { pollMs: 20 });
    await value(worker.call('entries:count', {}));
    // Another process's connection (as the CLI opens it): the worker never saw this call.
    const other = openCore(j.path);
    ok(other, 'entries:create', { body: doc('Added from the command line'), ownershipLevel: 'task' });
    other.close();
    const event = await until(() => events.find((e) => e.channel === EXTERNAL_CHANNEL));
    expect(event.changes).toEqual([{ what: 'journal' }]);
    expect((await value<{ count: number }>(worker.call('entries:count', {}))).count).toBe(1);
    // The worker's own writes are not mistaken for another program's.
    const seen = events.length;
    await create(worker, 'Written by the worker');
    await sleep(100);
    expect(events.slice(seen).map((e) => e.channel)).toEqual(['entries:create']);
  });

  it('refuses every call with the open error when the journal cannot be opened', async () => {
    const j = openJournal();
    const changes = createChangeFeed();
    const worker = startJournalWorker({ file: join(j.dir, 'missing.sqlite'), workerFile: workerFile(), changes });
    onTestFinished(() => worker.close());
    const answer = await worker.call('entries:count', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage' } });
  });
});
