/**
 * Reading a local git repository's history: one small interface, two readers.
 * The `git` binary is used when it is installed (it filters by author itself, so only the
 * user's own commits ever reach us — the Linux kernel's history is never held in memory);
 * isomorphic-git, pure JavaScript, otherwise (no line counts, no .mailmap).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as fs from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { invalid } from '../errors';

export interface GitCommit {
  hash: string;
  authorEmail: string;
  authorName: string;
  /** The author's own local day, YYYY-MM-DD (from the author date's offset). */
  day: string;
  parents: number;
  /** The ref the commit was reached from (git's --source), e.g. refs/heads/feature-x. */
  ref: string | null;
  subject: string;
  body: string;
  files: string[];
  added: number;
  deleted: number;
}

export interface GitReadOptions {
  authors: string[];
  since?: string | undefined;
  until?: string | undefined;
}

export interface GitReader {
  readonly name: 'git' | 'isomorphic-git';
  /** The repository's name (its folder, without .git). */
  repositoryName(path: string): string;
  /** Commits authored by one of `authors` (mailmapped emails), oldest first. */
  commits(path: string, options: GitReadOptions): Promise<GitCommit[]> | GitCommit[];
}

let gitBinary: boolean | undefined;
/** Whether a `git` binary answers on PATH (checked once). */
export function hasGitBinary(): boolean {
  if (gitBinary === undefined) {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
      gitBinary = true;
    } catch {
      gitBinary = false;
    }
  }
  return gitBinary;
}

function repoName(path: string): string {
  const base = basename(resolve(path));
  return base === '.git' ? basename(dirname(resolve(path))) : base.replace(/\.git$/, '');
}

function checkFolder(path: string): void {
  if (!existsSync(path) || !statSync(path).isDirectory()) throw invalid(`${path} is not a folder`, 'path');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RS = '\x1e';
const US = '\x1f';

/** The `git` binary: `git log --use-mailmap --author=… --numstat`, parsed as it is read. */
export const binaryReader: GitReader = {
  name: 'git',
  repositoryName: repoName,
  commits(path, options) {
    checkFolder(path);
    const probe = spawnSync('git', ['-C', path, 'rev-parse', '--git-dir'], { encoding: 'utf8' });
    if (probe.status !== 0) throw invalid(`${path} is not a git repository`, 'path');
    if (options.authors.length === 0) return [];
    const args = [
      '-C', path, '-c', 'core.quotepath=off', 'log', '--all', '--source', '--use-mailmap', '--no-color', '--no-renames',
      '--date-order', '--reverse', '--numstat', '--regexp-ignore-case', '--extended-regexp', `--format=${RS}%H${US}%aE${US}%aN${US}%aI${US}%P${US}%S${US}%B${US}`,
      `--author=<(${options.authors.map(escapeRegex).join('|')})>`,
    ];
    if (options.since) args.push(`--since=${options.since}T00:00:00`);
    if (options.until) args.push(`--until=${options.until}T23:59:59`);
    const run = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } });
    if (run.error) throw invalid(`Could not read ${path}: ${run.error.message}`, 'path');
    if (run.status !== 0) {
      const why = (run.stderr || '').trim().split('\n').slice(-1)[0] || `git exited with ${run.status}`;
      throw invalid(`Could not read the history of ${path} (the repository may be damaged): ${why}`, 'path');
    }
    return parseLog(run.stdout, new Set(options.authors.map((a) => a.toLowerCase())));
  },
};

/** Parses the output of binaryReader's `git log` format. Exported for tests. */
export function parseLog(out: string, authors: Set<string>): GitCommit[] {
  const commits: GitCommit[] = [];
  let at = out.indexOf(RS);
  while (at !== -1) {
    const next = out.indexOf(RS, at + 1);
    const chunk = out.slice(at + 1, next === -1 ? out.length : next);
    at = next;
    const fields = chunk.split(US);
    if (fields.length < 8) continue;
    const [hash, email, name, date, parents, source, message, stat] = fields as [string, string, string, string, string, string, string, string];
    if (!authors.has(email.toLowerCase())) continue;
    const [subject = '', ...rest] = message.replace(/\r/g, '').split('\n');
    let added = 0;
    let deleted = 0;
    const files: string[] = [];
    for (const line of stat.split('\n')) {
      const m = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line);
      if (!m) continue;
      if (m[1] !== '-') added += Number(m[1]);
      if (m[2] !== '-') deleted += Number(m[2]);
      files.push(m[3]!);
    }
    commits.push({
      hash,
      authorEmail: email.toLowerCase(),
      authorName: name,
      day: date.slice(0, 10),
      parents: parents.trim() === '' ? 0 : parents.trim().split(' ').length,
      ref: source.trim() || null,
      subject: subject.trim(),
      body: rest.join('\n').trim(),
      files,
      added,
      deleted,
    });
  }
  return commits;
}

/** Pure JavaScript (isomorphic-git): for machines without git. Reads HEAD's history; no line counts. */
export const jsReader: GitReader = {
  name: 'isomorphic-git',
  repositoryName: repoName,
  async commits(path, options) {
    checkFolder(path);
    const git = await import('isomorphic-git');
    const bare = existsSync(resolve(path, 'HEAD')) && existsSync(resolve(path, 'objects'));
    const gitdir = bare ? path : resolve(path, '.git');
    if (!existsSync(gitdir)) throw invalid(`${path} is not a git repository`, 'path');
    const authors = new Set(options.authors.map((a) => a.toLowerCase()));
    let log;
    try {
      log = await git.log({ fs, gitdir });
    } catch (e) {
      throw invalid(`Could not read the history of ${path} (the repository may be damaged): ${(e as Error).message}`, 'path');
    }
    const out: GitCommit[] = [];
    for (const { oid, commit } of log) {
      const email = commit.author.email.toLowerCase();
      if (!authors.has(email)) continue;
      const offsetMin = -commit.author.timezoneOffset;
      const day = new Date((commit.author.timestamp + offsetMin * 60) * 1000).toISOString().slice(0, 10);
      if (options.since && day < options.since) continue;
      if (options.until && day > options.until) continue;
      const [subject = '', ...rest] = commit.message.replace(/\r/g, '').split('\n');
      out.push({
        hash: oid, authorEmail: email, authorName: commit.author.name, day, parents: commit.parent.length, ref: null,
        subject: subject.trim(), body: rest.join('\n').trim(), files: [], added: 0, deleted: 0,
      });
    }
    return out.reverse();
  },
};

/** The reader used: the git binary when installed, else pure JavaScript. */
export function defaultReader(): GitReader {
  return hasGitBinary() ? binaryReader : jsReader;
}
