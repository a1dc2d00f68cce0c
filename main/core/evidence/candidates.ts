/** Turning the user's commits into candidate entries: one per day and topic. */
import type { Candidate } from '../../../common/contract';
import type { GitCommit } from './git-reader';

export type Draft = Omit<Candidate, 'id' | 'people'> & { hashes: string[]; emails: string[] };

const CONVENTIONAL = /^[a-z]+(?:\(([^)]+)\))?!?:\s/i;
const TRAILER = /^(?:co-authored-by|reviewed-by|approved-by|acked-by)\s*:\s*.*?<([^<>\s]+@[^<>\s]+)>/gim;
const APPROVED = /\bapproved by\b[^<\n]*<([^<>\s]+@[^<>\s]+)>/gim;

/** What a commit is about: its conventional-commit scope, else the top-level folder it touched most, else its branch. */
export function topicOf(c: GitCommit): string | null {
  const scope = CONVENTIONAL.exec(c.subject)?.[1];
  if (scope) return scope.trim().toLowerCase();
  if (c.parents > 1) {
    const branch = /from [^/\s]+\/(\S+)/.exec(c.subject)?.[1] ?? /Merge branch '([^']+)'/.exec(c.subject)?.[1];
    if (branch) return branch;
  }
  const counts = new Map<string, number>();
  for (const f of c.files) {
    const slash = f.indexOf('/');
    if (slash <= 0) continue;
    const top = f.slice(0, slash);
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  if (best) return best;
  const ref = c.ref?.replace(/^refs\/(heads|remotes\/[^/]+)\//, '') ?? null;
  return ref && !['HEAD', 'main', 'master', 'trunk', 'develop'].includes(ref) && !ref.startsWith('refs/') ? ref : null;
}

/** Emails of co-authors and reviewers named in a commit's message. */
export function namedEmails(c: GitCommit): string[] {
  const out = new Set<string>();
  for (const re of [TRAILER, APPROVED]) {
    re.lastIndex = 0;
    for (const m of c.body.matchAll(re)) out.add(m[1]!.toLowerCase());
  }
  return [...out];
}

export function groupCommits(commits: GitCommit[], repository: string): Draft[] {
  const groups = new Map<string, Draft>();
  for (const c of commits) {
    const topic = topicOf(c);
    const key = `${c.day}\0${topic ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        kind: 'git', occurredOn: c.day, title: '', topic, source: repository, items: [], merges: [], tags: [tagOf(repository)].filter(Boolean),
        files: 0, added: 0, deleted: 0, minutes: null, hashes: [], emails: [],
      };
      groups.set(key, g);
    }
    if (c.parents > 1) g.merges.push(c.subject);
    else g.items.push(c.subject);
    g.hashes.push(c.hash);
    g.files += c.files.length;
    g.added += c.added;
    g.deleted += c.deleted;
    for (const e of namedEmails(c)) if (!g.emails.includes(e)) g.emails.push(e);
  }
  const drafts = [...groups.values()];
  for (const g of drafts) {
    const n = g.items.length + g.merges.length;
    g.title = `${repository}${g.topic ? ` · ${g.topic}` : ''}: ${n === 1 ? (g.items[0] ?? g.merges[0]) : `${n} commits`}`;
  }
  return drafts.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : (a.topic ?? '').localeCompare(b.topic ?? '')));
}

function tagOf(repository: string): string {
  return repository
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
}
