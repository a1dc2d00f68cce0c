/**
 * Evidence import at scale: a 100,000-commit repository (made once with `git fast-import`,
 * kept in bench/.cache) read by evidence:importGit into a fresh journal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../main/core/api';
import { type Metric, single } from '../report';

const COMMITS = 100_000;
const FOLDERS = ['api', 'web', 'docs', 'infra', 'billing', 'auth', 'search', 'mobile'];

function fastImportStream(): string {
  const out: string[] = [];
  const start = Date.UTC(2020, 0, 1) / 1000;
  for (let i = 1; i <= COMMITS; i++) {
    const mine = i % 2 === 0;
    const who = mine ? 'Me <me@work.com>' : `Dev${i % 37} <dev${i % 37}@work.com>`;
    const when = `${start + i * 1800} +0100`;
    const folder = FOLDERS[i % FOLDERS.length]!;
    const msg = i % 5 === 0 ? `feat(${folder}): change number ${i}\n\nCo-authored-by: Dev3 <dev3@work.com>\n` : `Work on ${folder} item ${i}\n`;
    const content = `line ${i}\n`;
    out.push(
      `commit refs/heads/main\nmark :${i}\nauthor ${who} ${when}\ncommitter ${who} ${when}\ndata ${Buffer.byteLength(msg)}\n${msg}` +
        (i > 1 ? `from :${i - 1}\n` : '') +
        `M 100644 inline ${folder}/file${i % 50}.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`,
    );
  }
  return out.join('');
}

function cachedRepo(log: (l: string) => void): string {
  const dir = join(__dirname, '..', '.cache', `git-${COMMITS}.git`);
  if (existsSync(join(dir, 'HEAD'))) return dir;
  log(`generating a ${COMMITS.toLocaleString('en-US')}-commit repository with git fast-import`);
  rmSync(dir, { recursive: true, force: true });
  spawnSync('git', ['init', '-q', '--bare', dir]);
  const r = spawnSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: fastImportStream(), maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`fast-import failed: ${r.stderr?.toString()}`);
  return dir;
}

export function evidenceMetrics(log: (line: string) => void): Metric[] {
  if (spawnSync('git', ['--version']).status !== 0) {
    log('git is not installed: skipping the git evidence benchmark');
    return [];
  }
  const repo = cachedRepo(log);
  const tmp = mkdtempSync(join(tmpdir(), 'scopebook-bench-git-'));
  try {
    const core = openCore(join(tmp, 'scopebook.db'));
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const r = core.call('evidence:importGit', { path: repo, authors: ['me@work.com'] });
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { commits: number; candidates: number };
    const peakMb = process.resourceUsage().maxRSS / 1024;
    const git = spawnSync('sh', ['-c', `command -v /usr/bin/time >/dev/null && /usr/bin/time -f %M git -C '${repo}' log --all --use-mailmap --numstat --author=me@work.com --format=%H >/dev/null`], { encoding: 'utf8' });
    core.close();
    const metrics: Metric[] = [
      { ...single('evidence.git-import', COMMITS, 'ms', ms, `${v.commits.toLocaleString('en-US')} of the user's commits into ${v.candidates.toLocaleString('en-US')} candidates`), target: { value: 10_000 } },
      { ...single('evidence.git-import-peak-rss', COMMITS, 'MB', peakMb, `this process's peak RSS (was ${Math.round(rssBefore / 1048576)} MB before the import)`), target: { value: 300 } },
    ];
    const gitKb = Number(git.stderr?.trim().split('\n').pop());
    if (Number.isFinite(gitKb) && gitKb > 0) metrics.push(single('evidence.git-log-peak-rss', COMMITS, 'MB', gitKb / 1024, 'the git child process'));
    return metrics;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
