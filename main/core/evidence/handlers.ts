/** The `evidence` domain of the contract: candidates from git, Triage of them, people's emails, on this day. */
import { addDays, addYears, format, parseISO, startOfWeek } from 'date-fns';
import type { Candidate, DocNode, Handlers } from '../../../common/contract';
import type { Ctx } from '../api';
import { instant } from '../clock';
import type { Db } from '../db';
import { entryHandlers } from '../entries';
import { SUMMARY_COLUMNS, type SummaryRow, toSummaries } from '../entry-rows';
import { CoreError, invalid, notFound } from '../errors';
import { newId } from '../ids';
import { peopleHandlers } from '../people';
import { dismissSuggestedPerson, importCalendar, meetingPeople, previewCalendar, suggestedPeople } from './meetings';
import { type Draft, groupCommits } from './candidates';
import { binaryReader, type GitCommit, hasGitBinary } from './git-reader';

type H = Handlers<Ctx>['evidence'];
const MY_EMAILS = 'evidence.myEmails';
const REPOSITORIES = 'evidence.repositories';

function readList(db: Db, key: string): string[] {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return [];
  try {
    const v = JSON.parse(row.value) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function writeList(db: Db, key: string, list: string[]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(list));
}

export function myEmails(db: Db): string[] {
  return readList(db, MY_EMAILS);
}

function personByEmail(db: Db): (email: string) => { id: string; name: string } | undefined {
  const st = db.prepare(
    `SELECT s.id, s.name FROM stakeholder_emails m JOIN stakeholders s ON s.id = m.stakeholder_id
     WHERE m.email = ? AND s.archived_at IS NULL`,
  );
  return (email) => st.get(email.toLowerCase()) as { id: string; name: string } | undefined;
}

interface GitRun {
  repository: string;
  authors: string[];
  commits: GitCommit[];
  fresh: GitCommit[];
  drafts: Draft[];
}

/** Reads the repository and drops commits already imported. Shared by the CLI (which may use the JS reader). */
export function planGit(db: Db, repository: string, authors: string[], commits: GitCommit[]): GitRun {
  const seen = db.prepare(`SELECT 1 FROM evidence_seen WHERE source = 'git' AND key = ?`);
  const fresh = commits.filter((c) => !seen.get(c.hash));
  return { repository, authors, commits, fresh, drafts: groupCommits(fresh, repository) };
}

function authorsOf(db: Db, given: string[] | undefined): string[] {
  const authors = given && given.length > 0 ? given : myEmails(db);
  if (authors.length === 0) {
    throw invalid('Say whose commits to read: add your email addresses in Settings (or pass --author EMAIL)', 'authors');
  }
  return authors;
}

function readGit(ctx: Ctx, input: { path: string; authors?: string[] | undefined; since?: string | undefined; until?: string | undefined }): GitRun {
  if (!hasGitBinary()) throw invalid('git is not installed on this computer: install git, or use `scopebook import-git`, which can read without it', 'path');
  if (input.since && input.until && input.since > input.until) throw invalid('since must not be after until', 'since');
  const authors = authorsOf(ctx.db, input.authors);
  const commits = binaryReader.commits(input.path, { authors, since: input.since, until: input.until }) as GitCommit[];
  return planGit(ctx.db, binaryReader.repositoryName(input.path), authors, commits);
}

/** Only the given authors' commits count, whatever the reader sent; oldest day first, as the readers give them. */
function ownCommits(commits: GitCommit[], authors: string[]): GitCommit[] {
  const mine = new Set(authors.map((a) => a.toLowerCase()));
  return commits.filter((c) => mine.has(c.authorEmail.toLowerCase())).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The repositories imported, most recent first (at most 10), for the import form. */
function rememberRepository(db: Db, path: string): void {
  writeList(db, REPOSITORIES, [path, ...readList(db, REPOSITORIES).filter((p) => p !== path)].slice(0, 10));
}

function withPeople(db: Db, d: Draft): Candidate['people'] {
  const find = personByEmail(db);
  const out: Candidate['people'] = [];
  for (const e of d.emails) {
    const p = find(e);
    if (p && !out.some((x) => x.stakeholderId === p.id)) out.push({ stakeholderId: p.id, name: p.name, channel: 'review' });
  }
  return out;
}

export function previewOfRun(db: Db, run: GitRun, reader: 'git' | 'isomorphic-git') {
  return {
    repository: run.repository,
    reader,
    authors: run.authors,
    commits: run.commits.length,
    alreadyImported: run.commits.length - run.fresh.length,
    candidates: run.drafts.map((d) => {
      const { hashes: _h, emails: _e, ...rest } = d;
      return { ...rest, people: withPeople(db, d) };
    }),
  };
}

/** Stores the run's candidates and remembers its commits. Call inside a write transaction. */
export function commitRun(ctx: Ctx, run: GitRun) {
  const { db } = ctx;
  const now = instant(ctx.clock);
  const remember = db.prepare(`INSERT OR IGNORE INTO evidence_seen (source, key) VALUES ('git', ?)`);
  const insert = db.prepare(
    `INSERT INTO evidence_candidates (id, kind, occurred_on, title, topic, source, items, merges, tags, people, files, added, deleted, minutes, created_at)
     VALUES (?, 'git', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  for (const d of run.drafts) {
    const people = withPeople(db, d).map((p) => ({ stakeholderId: p.stakeholderId, channel: p.channel }));
    insert.run(newId(ctx.clock.now().getTime()), d.occurredOn, d.title, d.topic, d.source, JSON.stringify(d.items), JSON.stringify(d.merges),
      JSON.stringify(d.tags), JSON.stringify(people), d.files, d.added, d.deleted, now);
    for (const h of d.hashes) remember.run(h);
  }
  return { repository: run.repository, commits: run.fresh.length, candidates: run.drafts.length };
}

interface CandidateRow {
  id: string; kind: 'git' | 'meeting'; occurred_on: string; title: string; topic: string | null; source: string;
  items: string; merges: string; tags: string; people: string; files: number; added: number; deleted: number; minutes: number | null;
}

function toCandidate(db: Db, r: CandidateRow): Candidate {
  const name = db.prepare('SELECT name FROM stakeholders WHERE id = ?');
  const people = (JSON.parse(r.people) as { stakeholderId: string; channel: Candidate['people'][number]['channel'] }[])
    .map((p) => ({ ...p, name: (name.get(p.stakeholderId) as { name: string } | undefined)?.name ?? '' }))
    .filter((p) => p.name !== '');
  return {
    id: r.id, kind: r.kind, occurredOn: r.occurred_on, title: r.title, topic: r.topic, source: r.source,
    items: JSON.parse(r.items) as string[], merges: JSON.parse(r.merges) as string[], tags: JSON.parse(r.tags) as string[],
    people, files: r.files, added: r.added, deleted: r.deleted, minutes: r.minutes,
  };
}

function text(t: string): DocNode {
  return { type: 'text', text: t };
}
function para(t: string): DocNode {
  return { type: 'paragraph', content: [text(t)] };
}
function bullets(lines: string[]): DocNode {
  return { type: 'bulletList', content: lines.map((l) => ({ type: 'listItem', content: [para(l)] })) };
}

function bodyOf(cs: Candidate[]): DocNode {
  const blocks: DocNode[] = [];
  for (const c of cs) {
    blocks.push(para(c.title));
    const lines = [...c.items, ...c.merges.map((m) => `Merged: ${m}`)].filter((l) => l.trim() !== '');
    if (lines.length > 0) blocks.push(bullets(lines));
    if (c.kind === 'git' && (c.files > 0 || c.added > 0 || c.deleted > 0)) {
      blocks.push(para(`${c.files} files changed, +${c.added} −${c.deleted} lines`));
    }
  }
  return { type: 'doc', content: blocks };
}

export const evidenceHandlers: H = {
  myEmails(ctx) {
    return myEmails(ctx.db);
  },

  setMyEmails(ctx, input) {
    const emails = [...new Set(input.emails)];
    writeList(ctx.db, MY_EMAILS, emails);
    return emails;
  },

  personEmails(ctx, input) {
    if (!ctx.db.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(input.stakeholderId)) throw notFound('Person', input.stakeholderId);
    return (ctx.db.prepare('SELECT email FROM stakeholder_emails WHERE stakeholder_id = ? ORDER BY email').all(input.stakeholderId) as { email: string }[]).map((r) => r.email);
  },

  setPersonEmails(ctx, input) {
    const { db } = ctx;
    if (!db.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(input.stakeholderId)) throw notFound('Person', input.stakeholderId);
    const owner = db.prepare('SELECT s.name FROM stakeholder_emails m JOIN stakeholders s ON s.id = m.stakeholder_id WHERE m.email = ? AND m.stakeholder_id <> ?');
    const emails = [...new Set(input.emails)];
    emails.forEach((e, i) => {
      const other = owner.get(e, input.stakeholderId) as { name: string } | undefined;
      if (other) throw new CoreError('conflict', `${e} already belongs to ${other.name}`, `emails.${i}`);
    });
    db.prepare('DELETE FROM stakeholder_emails WHERE stakeholder_id = ?').run(input.stakeholderId);
    const ins = db.prepare('INSERT INTO stakeholder_emails (email, stakeholder_id) VALUES (?, ?)');
    for (const e of emails) ins.run(e, input.stakeholderId);
    return emails.sort();
  },

  previewGit(ctx, input) {
    return previewOfRun(ctx.db, readGit(ctx, input), 'git');
  },

  importGit(ctx, input) {
    const result = commitRun(ctx, readGit(ctx, input));
    rememberRepository(ctx.db, input.path);
    return result;
  },

  previewCommits(ctx, input) {
    return previewOfRun(ctx.db, planGit(ctx.db, input.repository, input.authors, ownCommits(input.commits, input.authors)), 'isomorphic-git');
  },

  importCommits(ctx, input) {
    return commitRun(ctx, planGit(ctx.db, input.repository, input.authors, ownCommits(input.commits, input.authors)));
  },

  repositories(ctx) {
    return readList(ctx.db, REPOSITORIES);
  },

  candidates(ctx) {
    const rows = ctx.db.prepare('SELECT * FROM evidence_candidates ORDER BY occurred_on, id').all() as CandidateRow[];
    return rows.map((r) => toCandidate(ctx.db, r));
  },

  accept(ctx, input) {
    const { db } = ctx;
    const get = db.prepare('SELECT * FROM evidence_candidates WHERE id = ?');
    const cs = [...new Set(input.ids)].map((id) => {
      const row = get.get(id) as CandidateRow | undefined;
      if (!row) throw notFound('Candidate', id);
      return toCandidate(db, row);
    });
    const seen = new Map<string, { stakeholderId: string; channel?: Candidate['people'][number]['channel'] }>();
    for (const c of cs) for (const p of c.people) seen.set(p.stakeholderId, { stakeholderId: p.stakeholderId, channel: p.channel });
    for (const p of input.seenBy ?? []) seen.set(p.stakeholderId, p);
    const tags = [...new Set(cs.flatMap((c) => c.tags))].slice(0, 50);
    const entry = entryHandlers.create(ctx, {
      occurredOn: cs.map((c) => c.occurredOn).sort().at(-1)!,
      title: cs.length === 1 ? cs[0]!.title.slice(0, 300) : `${cs.length} pieces of work`,
      body: bodyOf(cs),
      ownershipLevel: input.ownershipLevel,
      starred: input.starred ?? false,
      tags,
      seenBy: [...seen.values()],
    });
    const del = db.prepare('DELETE FROM evidence_candidates WHERE id = ?');
    for (const c of cs) del.run(c.id);
    return entry;
  },

  discard(ctx, input) {
    const del = ctx.db.prepare('DELETE FROM evidence_candidates WHERE id = ?');
    let n = 0;
    for (const id of new Set(input.ids)) n += del.run(id).changes;
    if (n === 0) throw notFound('Candidate', input.ids[0]!);
    return { discarded: n };
  },

  previewCalendar(ctx, input) {
    return previewCalendar(ctx, input, myEmails(ctx.db));
  },

  importCalendar(ctx, input) {
    return importCalendar(ctx, input, myEmails(ctx.db));
  },

  meetingPeople(ctx, input) {
    return meetingPeople(ctx.db, input.day);
  },

  suggestedPeople(ctx, input) {
    return suggestedPeople(ctx, myEmails(ctx.db), input.from, input.to);
  },

  addSuggestedPerson(ctx, input) {
    const owner = ctx.db.prepare('SELECT s.name FROM stakeholder_emails m JOIN stakeholders s ON s.id = m.stakeholder_id WHERE m.email = ?').get(input.email) as
      | { name: string }
      | undefined;
    if (owner) throw new CoreError('conflict', `${input.email} already belongs to ${owner.name}`, 'email');
    const person = peopleHandlers.create(ctx, { name: input.name, direction: input.direction });
    ctx.db.prepare('INSERT INTO stakeholder_emails (email, stakeholder_id) VALUES (?, ?)').run(input.email, person.id);
    return person;
  },

  dismissSuggestedPerson(ctx, input) {
    dismissSuggestedPerson(ctx.db, input.email);
    return { dismissed: true as const };
  },

  onThisDay(ctx, input) {
    const { db } = ctx;
    const day = parseISO(input.day);
    const md = input.day.slice(5);
    const rows = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL AND e.example = 0 AND e.occurred_on < ? AND substr(e.occurred_on, 6) = ?
         ORDER BY e.occurred_on DESC, e.id DESC LIMIT 200`,
      )
      .all(input.day.slice(0, 4) + '-01-01', md) as SummaryRow[];
    const byYear = new Map<number, SummaryRow[]>();
    for (const r of rows) {
      const y = Number(r.occurred_on.slice(0, 4));
      byYear.set(y, [...(byYear.get(y) ?? []), r]);
    }
    const weekStart = startOfWeek(addYears(day, -1), { weekStartsOn: 1 });
    const from = format(weekStart, 'yyyy-MM-dd');
    const to = format(addDays(weekStart, 6), 'yyyy-MM-dd');
    const week = db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL AND e.example = 0 AND e.occurred_on BETWEEN ? AND ? ORDER BY e.occurred_on DESC, e.id DESC LIMIT 100`)
      .all(from, to) as SummaryRow[];
    return {
      day: input.day,
      earlierYears: [...byYear.entries()].map(([year, rs]) => ({ year, entries: toSummaries(db, rs) })),
      yearAgoWeek: { from, to, entries: toSummaries(db, week) },
    };
  },
};
