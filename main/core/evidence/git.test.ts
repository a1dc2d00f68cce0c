import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpDb, fails, ok, openJournal, tempDir } from '../test-helpers';
import { jsReader } from './git-reader';

function git(dir: string, args: string[], who?: [string, string], date?: string): string {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
  if (who) Object.assign(env, { GIT_AUTHOR_NAME: who[0], GIT_AUTHOR_EMAIL: who[1], GIT_COMMITTER_NAME: who[0], GIT_COMMITTER_EMAIL: who[1] });
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return execFileSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });
}

const ME: [string, string] = ['Me', 'me@work.com'];
const OLD_ME: [string, string] = ['Me', 'me@old-laptop.local'];
const BOB: [string, string] = ['Bob', 'bob@work.com'];

function commit(dir: string, who: [string, string], date: string, file: string, content: string, message: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), content);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message], who, date);
}

function makeRepo(): string {
  const dir = join(tempDir(), 'payments');
  mkdirSync(dir);
  git(dir, ['init', '-q', '-b', 'main']);
  commit(dir, ME, '2026-03-02T10:00:00+01:00', 'api/server.ts', 'a\nb\n', 'feat(auth): add login\n\nCo-authored-by: Carla <carla@work.com>');
  commit(dir, ME, '2026-03-02T11:00:00+01:00', 'api/server.ts', 'a\nb\nc\n', 'fix(auth): handle expired token');
  commit(dir, BOB, '2026-03-02T12:00:00+01:00', 'docs/readme.md', 'x\n', 'docs: bob writes docs');
  commit(dir, OLD_ME, '2026-03-03T09:00:00+01:00', 'web/app/page.tsx', 'p\n', 'Polish the page');
  git(dir, ['checkout', '-q', '-b', 'feature']);
  commit(dir, ME, '2026-03-04T09:00:00+01:00', 'web/app/page.tsx', 'p\nq\n', 'More page work');
  git(dir, ['checkout', '-q', 'main']);
  git(dir, ['mv', 'docs/readme.md', 'docs/README.md']);
  git(dir, ['commit', '-q', '-m', 'Rename readme'], ME, '2026-03-04T10:00:00+01:00');
  git(dir, ['merge', '-q', '--no-ff', 'feature', '-m', "Merge branch 'feature'\n\nReviewed-by: Dana <dana@work.com>"], ME, '2026-03-04T11:00:00+01:00');
  writeFileSync(join(dir, '.mailmap'), 'Me <me@work.com> <me@old-laptop.local>\n');
  return dir;
}

describe('candidate entries from a git repository', () => {
  it('groups the user\'s commits (mailmap honoured) by day and topic, with co-authors and reviewers as suggestions', () => {
    const repo = makeRepo();
    const { core } = openJournal();
    const carla = ok(core, 'people:create', { name: 'Carla', direction: 'sideways' });
    const dana = ok(core, 'people:create', { name: 'Dana', direction: 'up' });
    ok(core, 'evidence:setPersonEmails', { stakeholderId: carla.id, emails: ['Carla@Work.com'] });
    ok(core, 'evidence:setPersonEmails', { stakeholderId: dana.id, emails: ['dana@work.com'] });
    ok(core, 'evidence:setMyEmails', { emails: ['me@work.com'] });

    const preview = ok(core, 'evidence:previewGit', { path: repo });
    expect(preview.reader).toBe('git');
    expect(preview.repository).toBe('payments');
    expect(preview.commits).toBe(6); // Bob's is not mine; the old laptop's is, through .mailmap
    const auth = preview.candidates.find((c) => c.topic === 'auth')!;
    expect(auth.occurredOn).toBe('2026-03-02');
    expect(auth.items).toEqual(['feat(auth): add login', 'fix(auth): handle expired token']);
    expect(auth.added).toBe(3);
    expect(auth.tags).toEqual(['payments']);
    expect(auth.people.map((p) => p.name)).toEqual(['Carla']);
    expect(preview.candidates.find((c) => c.occurredOn === '2026-03-03')!.items).toEqual(['Polish the page']);
    const merge = preview.candidates.find((c) => c.merges.length > 0)!;
    expect(merge.merges).toEqual(["Merge branch 'feature'"]);
    expect(merge.people.map((p) => p.name)).toEqual(['Dana']);
    expect(ok(core, 'evidence:candidates', {})).toEqual([]); // a preview writes nothing

    const first = ok(core, 'evidence:importGit', { path: repo, since: '2026-03-01' });
    expect(first.commits).toBe(6);
    expect(ok(core, 'evidence:candidates', {})).toHaveLength(first.candidates);
    // Re-running adds only what is new.
    expect(ok(core, 'evidence:importGit', { path: repo })).toMatchObject({ commits: 0, candidates: 0 });
    commit(repo, ME, '2026-03-05T09:00:00+01:00', 'api/x.ts', 'y\n', 'feat(billing): invoices');
    expect(ok(core, 'evidence:importGit', { path: repo })).toMatchObject({ commits: 1, candidates: 1 });
  });

  it('Triage: accepting merges candidates into one entry with level, star and people; discarding removes them', () => {
    const repo = makeRepo();
    const { core } = openJournal();
    const carla = ok(core, 'people:create', { name: 'Carla', direction: 'sideways' });
    ok(core, 'evidence:setPersonEmails', { stakeholderId: carla.id, emails: ['carla@work.com'] });
    ok(core, 'evidence:importGit', { path: repo, authors: ['me@work.com'] });
    const cs = ok(core, 'evidence:candidates', {});
    const auth = cs.find((c) => c.topic === 'auth')!;
    const page = cs.find((c) => c.occurredOn === '2026-03-03')!;
    const entry = ok(core, 'evidence:accept', { ids: [auth.id, page.id], ownershipLevel: 'project', starred: true });
    expect(entry.ownershipLevel).toBe('project');
    expect(entry.starred).toBe(true);
    expect(entry.occurredOn).toBe('2026-03-03');
    expect(entry.bodyText).toContain('fix(auth): handle expired token');
    expect(entry.bodyText).toContain('Polish the page');
    expect(entry.tags).toContain('payments');
    expect(entry.seenBy.map((s) => s.stakeholderId)).toEqual([carla.id]);
    const rest = ok(core, 'evidence:candidates', {});
    expect(rest).toHaveLength(cs.length - 2);
    expect(ok(core, 'evidence:discard', { ids: rest.map((c) => c.id) }).discarded).toBe(rest.length);
    expect(ok(core, 'evidence:candidates', {})).toEqual([]);
    // Discarded commits stay remembered.
    expect(ok(core, 'evidence:importGit', { path: repo, authors: ['me@work.com'] }).candidates).toBe(0);
  });

  it('bad input gets a clear error and writes nothing', () => {
    const { core, db } = openJournal();
    const notRepo = tempDir();
    const before = JSON.stringify(dumpDb(db));
    expect(fails(core, 'evidence:importGit', { path: notRepo, authors: ['me@work.com'] }, 'invalid_input').message).toMatch(/not a git repository/);
    expect(fails(core, 'evidence:importGit', { path: join(notRepo, 'nope'), authors: ['me@work.com'] }, 'invalid_input').message).toMatch(/not a folder/);
    expect(fails(core, 'evidence:importGit', { path: makeRepo() }, 'invalid_input').message).toMatch(/email/);
    expect(fails(core, 'evidence:setMyEmails', { emails: ['not an email'] }, 'invalid_input').field).toBe('emails.0');
    // A corrupt pack: the history cannot be read.
    const repo = makeRepo();
    git(repo, ['gc', '-q']);
    const pack = execFileSync('sh', ['-c', `ls ${join(repo, '.git/objects/pack')}/*.pack`], { encoding: 'utf8' }).trim();
    writeFileSync(pack, 'PACK garbage');
    expect(fails(core, 'evidence:importGit', { path: repo, authors: ['me@work.com'] }, 'invalid_input').message).toMatch(/damaged/);
    expect(JSON.stringify(dumpDb(db))).toBe(before);
  });

  it('the pure-JavaScript reader finds the same commits of HEAD', async () => {
    const repo = makeRepo();
    const commits = await jsReader.commits(repo, { authors: ['me@work.com', 'me@old-laptop.local'] });
    expect(commits.map((c) => c.subject)).toEqual(expect.arrayContaining(['feat(auth): add login', 'Polish the page', 'More page work', "Merge branch 'feature'"]));
    expect(commits.find((c) => c.subject === 'Polish the page')!.day).toBe('2026-03-03');
    await expect(Promise.resolve().then(() => jsReader.commits(tempDir(), { authors: ['me@work.com'] }))).rejects.toThrow(/not a git repository/);
  });

  it('commits read by the JavaScript reader go through evidence:importCommits: only the authors\' own, each once', async () => {
    const repo = makeRepo();
    const { core } = openJournal();
    const all = await jsReader.commits(repo, { authors: ['me@work.com', 'bob@work.com'] });
    const input = { repository: 'payments', authors: ['me@work.com'], commits: all };
    const preview = ok(core, 'evidence:previewCommits', input);
    expect(preview).toMatchObject({ reader: 'isomorphic-git', commits: all.filter((c) => c.authorEmail === 'me@work.com').length });
    expect(preview.candidates.flatMap((c) => c.items)).not.toContain('docs: bob writes docs');
    expect(ok(core, 'evidence:candidates', {})).toEqual([]);
    const first = ok(core, 'evidence:importCommits', input);
    expect(first.candidates).toBe(preview.candidates.length);
    expect(ok(core, 'evidence:importCommits', input)).toMatchObject({ commits: 0, candidates: 0 });
    expect(fails(core, 'evidence:importCommits', { ...input, commits: [{ ...all[0]!, hash: 'not-a-hash' }] }, 'invalid_input').field).toBe('commits.0.hash');
  });
});

describe('on this day', () => {
  it('shows entries of this day in earlier years and the week a year ago', () => {
    const { core } = openJournal();
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shipped it' }] }] };
    ok(core, 'entries:create', { occurredOn: '2024-03-10', body, ownershipLevel: 'project' });
    ok(core, 'entries:create', { occurredOn: '2025-03-12', body, ownershipLevel: 'task' });
    ok(core, 'entries:create', { occurredOn: '2026-03-10', body, ownershipLevel: 'task' });
    const r = ok(core, 'evidence:onThisDay', { day: '2026-03-10' });
    expect(r.earlierYears.map((y) => y.year)).toEqual([2024]);
    expect(r.earlierYears[0]!.entries[0]!.ownershipLevel).toBe('project');
    expect(r.yearAgoWeek.entries.map((e) => e.occurredOn)).toEqual(['2025-03-12']);
  });
});
