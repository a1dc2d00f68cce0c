import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GitImportPreview, GitImportResult } from '../../common/contract';
import { okJson, runCli, tempDataDir } from './test-cli';

function repo(): string {
  const dir = join(tempDataDir(), 'shop');
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, GIT_AUTHOR_NAME: 'Me', GIT_AUTHOR_EMAIL: 'me@work.com',
    GIT_COMMITTER_NAME: 'Me', GIT_COMMITTER_EMAIL: 'me@work.com', GIT_AUTHOR_DATE: '2026-02-10T10:00:00+00:00', GIT_COMMITTER_DATE: '2026-02-10T10:00:00+00:00' };
  execFileSync('git', ['-C', dir, 'init', '-q'], { env });
  writeFileSync(join(dir, 'a.txt'), 'a\n');
  execFileSync('git', ['-C', dir, 'add', '-A'], { env });
  execFileSync('git', ['-C', dir, 'commit', '-q', '-m', 'feat(cart): checkout button'], { env });
  return dir;
}

describe('scopebook import-git', () => {
  it('previews with --dry-run, then adds candidates once', async () => {
    const data = tempDataDir();
    const r = repo();
    const preview = await okJson<GitImportPreview>(data, ['import-git', r, '--author', 'me@work.com', '--dry-run']);
    expect(preview).toMatchObject({ repository: 'shop', commits: 1 });
    expect(preview.candidates[0]).toMatchObject({ occurredOn: '2026-02-10', topic: 'cart', items: ['feat(cart): checkout button'] });
    expect(await okJson<GitImportResult>(data, ['import-git', r, '--author', 'me@work.com'])).toMatchObject({ commits: 1, candidates: 1 });
    expect(await okJson<GitImportResult>(data, ['import-git', r, '--author', 'me@work.com'])).toMatchObject({ commits: 0, candidates: 0 });
  });

  it('without git installed, reads HEAD with the pure-JavaScript reader: the same candidates, once', async () => {
    const data = tempDataDir();
    const r = repo();
    const noGit = { env: { PATH: join(data, 'no-such-bin') } };
    const preview = await okJson<GitImportPreview>(data, ['import-git', r, '--author', 'me@work.com', '--dry-run'], noGit);
    expect(preview).toMatchObject({ repository: 'shop', reader: 'isomorphic-git', commits: 1 });
    expect(preview.candidates[0]).toMatchObject({ occurredOn: '2026-02-10', topic: 'cart', items: ['feat(cart): checkout button'], tags: ['shop'] });
    expect(await okJson<GitImportResult>(data, ['import-git', r, '--author', 'me@work.com'], noGit)).toMatchObject({ commits: 1, candidates: 1 });
    // git installed again: the commits read without it are not proposed twice.
    expect(await okJson<GitImportResult>(data, ['import-git', r, '--author', 'me@work.com'])).toMatchObject({ commits: 0, candidates: 0 });
    const notRepo = await runCli(data, ['import-git', tempDataDir(), '--author', 'me@work.com'], noGit);
    expect(notRepo.code).toBe(1);
    expect(notRepo.stderr).toMatch(/not a git repository/);
  });

  it('refuses a folder that is not a repository with exit code 1', async () => {
    const data = tempDataDir();
    const run = await runCli(data, ['import-git', tempDataDir(), '--author', 'me@work.com']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a git repository/);
  });
});
