import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ApiError, JobStatus, Result } from '../../../common/contract';
import { doc, dumpDb, fails, ok, openJournal, type TestJournal } from '../test-helpers';
import { createJobHost, type JobHost } from './host';
import { useBuiltWorker } from './testing';

const workerFile = useBuiltWorker();

/** Adds `n` entries in one transaction. */
function seed(j: TestJournal, n: number): void {
  j.db.transaction(() => {
    for (let i = 0; i < n; i++) ok(j.core, 'entries:create', { body: doc(`Shipped piece ${i} of the migration`), ownershipLevel: 'task', tags: ['seed'] });
  })();
}

function jobsFor(j: TestJournal, stepDelayMs?: number): JobHost {
  const host = createJobHost(j.core, { workerFile: workerFile(), ...(stepDelayMs ? { stepDelayMs } : {}) });
  onTestFinished(() => host.close());
  return host;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

function failure(result: Result<unknown>, code: ApiError['code']): ApiError {
  expect(result.ok).toBe(false);
  const error = (result as { ok: false; error: ApiError }).error;
  expect(error.code, error.message).toBe(code);
  return error;
}

const status = (host: JobHost, id: string) => value<JobStatus>(host.call('jobs:status', { id }));

/** Polls until `until` holds, collecting every status seen. */
async function watch(host: JobHost, id: string, until: (s: JobStatus) => boolean): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  for (;;) {
    const s = status(host, id);
    seen.push(s);
    if (until(s) || s.state !== 'running') return seen;
    await sleep(5);
  }
}

const finished = (s: JobStatus) => s.state !== 'running';

describe('jobs', () => {
  it('runs an export in a worker, reports increasing progress, and ends with its result', async () => {
    const j = openJournal();
    seed(j, 1000);
    const host = jobsFor(j, 40);
    const path = join(j.dir, 'journal.json');
    const { id } = value<{ id: string }>(host.call('jobs:start', { op: 'data:exportJson', input: { path } }));

    const seen = await watch(host, id, finished);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ id, op: 'data:exportJson', state: 'done', done: 1000, total: 1000, cancellable: true });
    expect(last.result).toMatchObject({ files: [path], entries: 1000 });
    const dones = seen.map((s) => s.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(seen.some((s) => s.state === 'running' && s.done > 0 && s.done < 1000)).toBe(true);
    expect((JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] }).entries).toHaveLength(1000);
  });

  it('keeps answering other calls while a job runs', async () => {
    const j = openJournal();
    seed(j, 400);
    const host = jobsFor(j, 10_000);
    const { id } = value<{ id: string }>(host.call('jobs:start', { op: 'data:exportHtml', input: { path: join(j.dir, 'brag.html') } }));
    await watch(host, id, (s) => s.total > 0);
    expect(status(host, id).state).toBe('running');
    expect(value<{ count: number }>(host.call('entries:count', {})).count).toBe(400);
    value(host.call('entries:create', { body: doc('Written during an export'), ownershipLevel: 'task' }));
    value(host.call('jobs:cancel', { id }));
    await watch(host, id, finished);
  });

  it('cancel part-way through an export leaves no file and the journal as it was', async () => {
    const j = openJournal();
    seed(j, 1000);
    const before = dumpDb(j.db);
    const host = jobsFor(j, 10_000);
    const path = join(j.dir, 'out', 'journal.json');
    mkdirSync(join(j.dir, 'out'));
    const { id } = value<{ id: string }>(host.call('jobs:start', { op: 'data:exportJson', input: { path } }));
    await watch(host, id, (s) => s.total > 0);

    const answer = value<JobStatus>(host.call('jobs:cancel', { id }));
    expect(answer.id).toBe(id);
    const last = (await watch(host, id, finished)).at(-1)!;
    expect(last.state).toBe('cancelled');
    expect(last.error?.message).toBe('Cancelled: nothing was written.');
    expect(last.done).toBeLessThan(1000);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(join(j.dir, 'out'))).toEqual([]);
    expect(dumpDb(j.db)).toEqual(before);
    expect(j.db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('cancel part-way through Markdown and HTML exports leaves no files either', async () => {
    const j = openJournal();
    seed(j, 600);
    const host = jobsFor(j, 10_000);
    const out = join(j.dir, 'out');
    mkdirSync(out);
    for (const [op, input] of [
      ['data:exportMarkdown', { folder: out, layout: 'monthly' }],
      ['data:exportMarkdown', { folder: out, layout: 'yearly' }],
      ['data:exportHtml', { path: join(out, 'brag.html') }],
    ] as const) {
      const { id } = value<{ id: string }>(host.call('jobs:start', { op, input }));
      await watch(host, id, (s) => s.total > 0);
      value(host.call('jobs:cancel', { id }));
      expect((await watch(host, id, finished)).at(-1)!.state).toBe('cancelled');
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('cancel part-way through an import adds nothing, and writes work again afterwards', async () => {
    const source = openJournal();
    seed(source, 600);
    const file = join(source.dir, 'journal.json');
    ok(source.core, 'data:exportJson', { path: file });

    const j = openJournal();
    const host = jobsFor(j, 10_000);
    const { id } = value<{ id: string }>(host.call('jobs:start', { op: 'data:importCommit', input: { path: file } }));
    await watch(host, id, (s) => s.total > 0);

    // One change at a time: other writes and a second writing job are refused with a clear conflict.
    const busy = failure(host.call('entries:create', { body: doc('While importing'), ownershipLevel: 'task' }), 'conflict');
    expect(busy.message).toMatch(/^Busy with an import/);
    expect(failure(host.call('jobs:start', { op: 'data:restoreBackup', input: { file: 'x.sqlite' } }), 'conflict').message).toMatch(/^Busy with an import/);
    // Reads and reading jobs go on.
    expect(value<{ count: number }>(host.call('entries:count', {})).count).toBe(0);
    const exportJob = value<{ id: string }>(host.call('jobs:start', { op: 'data:exportJson', input: { path: join(j.dir, 'during.json') } }));

    value(host.call('jobs:cancel', { id }));
    expect((await watch(host, id, finished)).at(-1)!.state).toBe('cancelled');
    expect(value<{ count: number }>(host.call('entries:count', {})).count).toBe(0);
    expect(status(host, exportJob.id).state).toBe('running');
    value(host.call('jobs:cancel', { id: exportJob.id }));
    expect((await watch(host, exportJob.id, finished)).at(-1)!.state).toBe('cancelled');

    value(host.call('entries:create', { body: doc('After the import'), ownershipLevel: 'task' }));
    expect(value<{ count: number }>(host.call('entries:count', {})).count).toBe(1);
  });

  it('imports everything through a job and reports the import result', async () => {
    const source = openJournal();
    seed(source, 450);
    const file = join(source.dir, 'journal.json');
    ok(source.core, 'data:exportJson', { path: file });
    const j = openJournal();
    const host = jobsFor(j);
    const { id } = value<{ id: string }>(host.call('jobs:start', { op: 'data:importCommit', input: { path: file } }));
    const last = (await watch(host, id, finished)).at(-1)!;
    expect(last).toMatchObject({ state: 'done', done: 450, total: 450, result: { imported: 450, duplicates: 0 } });
    expect(ok(j.core, 'entries:count', {}).count).toBe(450);
  });

  it('backs up and restores through jobs', async () => {
    const j = openJournal();
    seed(j, 3);
    const host = jobsFor(j);
    const backup = value<{ id: string }>(host.call('jobs:start', { op: 'data:backupNow', input: {} }));
    const taken = (await watch(host, backup.id, finished)).at(-1)!;
    expect(taken).toMatchObject({ state: 'done', cancellable: false, result: { kind: 'manual', verified: true } });
    const file = (taken.result as { file: string; path: string }).file;
    expect(existsSync((taken.result as { path: string }).path)).toBe(true);

    value(host.call('entries:create', { body: doc('After the backup'), ownershipLevel: 'task' }));
    expect(ok(j.core, 'entries:count', {}).count).toBe(4);
    const restore = value<{ id: string }>(host.call('jobs:start', { op: 'data:restoreBackup', input: { file } }));
    expect((await watch(host, restore.id, finished)).at(-1)).toMatchObject({ state: 'done', result: { restoredFrom: file } });
    // The host's own connection sees the restored journal.
    expect(ok(j.core, 'entries:count', {}).count).toBe(3);
  });

  it('closing the host (quitting) stops a running export and leaves no file', async () => {
    const j = openJournal();
    seed(j, 400);
    const host = createJobHost(j.core, { workerFile: workerFile(), stepDelayMs: 10_000 });
    const path = join(j.dir, 'journal.json');
    const { id } = value<{ id: string }>(host.call('jobs:start', { op: 'data:exportJson', input: { path } }));
    await watch(host, id, (s) => s.total > 0);
    expect(host.busy()).toBe(true);
    await host.close();
    expect(host.busy()).toBe(false);
    expect(status(host, id).state).toBe('cancelled');
    expect(readdirSync(j.dir).filter((f) => f.includes('json'))).toEqual([]);
  });

  it('refuses bad input before any job starts, naming the field', () => {
    const j = openJournal();
    const host = jobsFor(j);
    const bad = failure(host.call('jobs:start', { op: 'data:exportJson', input: { path: '' } }), 'invalid_input');
    expect(bad.field).toBe('input.path');
    expect(bad.message).toMatch(/^input\.path: must not be empty/);
    expect(failure(host.call('jobs:start', { op: 'data:exportJson', input: { path: '/tmp/x.json', extra: 1 } }), 'invalid_input').field).toBe('input');
    expect(failure(host.call('jobs:start', { op: 'entries:create', input: {} }), 'invalid_input').field).toBe('op');
    expect(host.busy()).toBe(false);
  });

  it('a job that fails says why', async () => {
    const j = openJournal();
    const host = jobsFor(j);
    const { id } = value<{ id: string }>(host.call('jobs:start', { op: 'data:exportJson', input: { path: join(j.dir, 'missing', 'x.json') } }));
    const last = (await watch(host, id, finished)).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.error).toMatchObject({ field: 'path' });
  });

  it('an unknown job id is not_found', () => {
    const j = openJournal();
    const host = jobsFor(j);
    expect(failure(host.call('jobs:status', { id: 'no-such-job' }), 'not_found').message).toMatch(/no-such-job/);
    failure(host.call('jobs:cancel', { id: 'no-such-job' }), 'not_found');
  });

  it('the bare core (CLI) refuses jobs with a clear message', () => {
    const j = openJournal();
    expect(fails(j.core, 'jobs:status', { id: 'x' }, 'invalid_input').message).toMatch(/only in the app/);
  });
});
