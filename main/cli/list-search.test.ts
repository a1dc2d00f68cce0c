import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../common/contract';
import { ok, okJson, runCli, tempDataDir } from './test-cli';

/** One journal for every test here (they only read it): people and entries across levels, days, tags and viewers. */
let journal: string;
beforeAll(async () => {
  journal = mkdtempSync(join(tmpdir(), 'scopebook-cli-list-'));
  await seed(journal);
}, 60_000);
afterAll(() => rmSync(journal, { recursive: true, force: true }));

async function seed(dir: string): Promise<void> {
  await ok(dir, ['people', 'add', 'Ana Lima', '--direction', 'up']);
  await ok(dir, ['people', 'add', 'Dana Wu', '--direction', 'skip-level']);
  await ok(dir, ['add', 'Led the incident review', '-l', 'project', '--saw', 'Ana Lima', '-t', 'ops', '--date', '2026-01-10', '--star']);
  await ok(dir, ['add', 'Fixed the flaky deploy check', '-l', 'task', '-t', 'ci', '--date', '2026-01-12']);
  await ok(dir, ['add', 'Pitched the on-call rota change', '-l', 'value', '--saw', 'Dana Wu:meeting', '--date', '2026-02-01']);
  await ok(dir, ['add', 'Wrote the incident runbook', '-l', 'milestone', '-t', 'ops', '--date', '2026-02-03']);
}

const texts = (entries: EntrySummary[]) => entries.map((e) => e.excerpt);

describe('scopebook list', () => {
  it('prints a table newest first, without colour when piped', async () => {
    const dir = journal;
    const { stdout } = await ok(dir, ['list']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^2026-02-03 {2}◆ Milestone +Wrote the incident runbook +#ops$/);
    expect(lines[3]).toMatch(/^2026-01-10 {2}▲ Project +★ {2}Led the incident review +Ana Lima +#ops$/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('filters like the timeline: days, levels, people, directions, tags, stars', async () => {
    const dir = journal;
    expect(texts(await okJson(dir, ['list', '--from', '2026-02-01']))).toEqual(['Wrote the incident runbook', 'Pitched the on-call rota change']);
    expect(texts(await okJson(dir, ['list', '--to', '2026-01-11']))).toEqual(['Led the incident review']);
    expect(texts(await okJson(dir, ['list', '--min-level', 'project']))).toEqual(['Pitched the on-call rota change', 'Led the incident review']);
    expect(texts(await okJson(dir, ['list', '--level', 'task', '--level', 'milestone']))).toEqual(['Wrote the incident runbook', 'Fixed the flaky deploy check']);
    expect(texts(await okJson(dir, ['list', '--saw', 'dana wu']))).toEqual(['Pitched the on-call rota change']);
    expect(texts(await okJson(dir, ['list', '--direction', 'up']))).toEqual(['Led the incident review']);
    expect(texts(await okJson(dir, ['list', '--tag', 'ops', '--starred']))).toEqual(['Led the incident review']);
  });

  it('pages through everything with --all, and says when --limit cut the list', async () => {
    const dir = journal;
    const limited = await ok(dir, ['list', '--limit', '2']);
    expect(limited.stdout.trim().split('\n')).toHaveLength(3);
    expect(limited.stdout).toContain('Showing the newest 2 of 4 entries');
    expect(await okJson<EntrySummary[]>(dir, ['list', '--all'])).toHaveLength(4);
  });

  it('--json is an array of entry summaries', async () => {
    const dir = journal;
    const [first] = await okJson<EntrySummary[]>(dir, ['list', '--limit', '1']);
    expect(first).toMatchObject({ occurredOn: '2026-02-03', ownershipLevel: 'milestone', tags: ['ops'], starred: false, excerpt: 'Wrote the incident runbook' });
    expect(first).toHaveProperty('id');
    expect(first).toHaveProperty('seenBy');
    expect(first).not.toHaveProperty('body');
  });

  it('refuses bad filters with exit 1 and one line', async () => {
    const dir = journal;
    const cases: [string[], RegExp][] = [
      [['list', '--from', 'soon'], /--from: "soon" is not a date/],
      [['list', '--from', '2026-03-01', '--to', '2026-01-01'], /--from 2026-03-01 is after --to 2026-01-01/],
      [['list', '--saw', 'Ana Lma'], /--saw: no one called "Ana Lma".*Did you mean "Ana Lima"/],
      [['list', '--direction', 'upward'], /--direction: "upward" is not a direction/],
      [['list', '--limit', 'ten'], /--limit: "ten" must be a whole number/],
      [['list', 'extra'], /list: unexpected argument "extra"/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(dir, args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('says so when there is no journal yet, without creating one', async () => {
    const dir = tempDataDir();
    const run = await runCli(`${dir}/missing`, ['list']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/There is no journal in .*missing yet/);
    expect(existsSync(`${dir}/missing`)).toBe(false);
  });
});

describe('scopebook search', () => {
  it('finds entries and highlights the matches', async () => {
    const dir = journal;
    const { stdout } = await ok(dir, ['search', 'incident']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(stdout).toContain('Wrote the **incident** runbook');
    expect(stdout).toContain('Led the **incident** review');
  });

  it('takes the same filters as list', async () => {
    const dir = journal;
    const hits = await okJson<{ entry: EntrySummary }[]>(dir, ['search', 'incident', '--min-level', 'project']);
    expect(hits.map((h) => h.entry.excerpt)).toEqual(['Led the incident review']);
  });

  it('--json gives each hit its entry, the snippet as text and the highlighted ranges', async () => {
    const dir = journal;
    const [hit] = await okJson<{ entry: EntrySummary; text: string; highlights: [number, number][] }[]>(dir, ['search', 'runbook']);
    expect(hit!.entry.excerpt).toBe('Wrote the incident runbook');
    expect(hit!.text).toBe('Wrote the incident runbook');
    expect(hit!.highlights.map(([s, e]) => hit!.text.slice(s, e))).toEqual(['runbook']);
  });

  it('says when nothing matches, and refuses a missing query', async () => {
    const dir = journal;
    expect((await ok(dir, ['search', 'kubernetes'])).stdout).toBe('Nothing found for "kubernetes".\n');
    const run = await runCli(dir, ['search']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/search: give the words to look for/);
  });
});
