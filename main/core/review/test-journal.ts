/** For tests: a real journal file in a temp folder, a pinned clock, and short-hands for the calls tests make. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiError, DocNode, Entry } from '../../../common/contract';
import type { Direction, OwnershipLevel } from '../../../common/vocabulary';
import { type Core, openCore } from '../api';

export interface TestJournal {
  core: Core;
  path: string;
  /** Moves the pinned clock. */
  setNow(iso: string): void;
  /** A call that must succeed: its value. */
  ok<T = unknown>(channel: string, input: unknown): T;
  /** A call that must fail: its error. */
  fail(channel: string, input: unknown): ApiError;
  person(name: string, direction: Direction, extra?: { keyDecider?: boolean; role?: string }): string;
  goal(title: string): string;
  entry(input: EntryInput): Entry;
  /** Closes the journal and opens the same file again. */
  reopen(): void;
  close(): void;
}

export interface EntryInput {
  occurredOn?: string;
  title?: string;
  text?: string;
  level?: OwnershipLevel;
  impact?: string;
  starred?: boolean;
  tags?: string[];
  seenBy?: string[];
  goalId?: string;
}

/** A one-paragraph document. */
export function textDoc(text: string): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** Opens a new journal in a fresh temp folder with the clock pinned at `now`. */
export function openTestJournal(now = '2025-06-20T10:00:00Z'): TestJournal {
  const dir = mkdtempSync(join(tmpdir(), 'scopebook-review-'));
  const path = join(dir, 'journal.db');
  let pinned = new Date(now);
  const clock = { now: () => new Date(pinned.getTime()) };
  let core = openCore(path, { clock });
  const j: TestJournal = {
    get core() {
      return core;
    },
    path,
    setNow(iso) {
      pinned = new Date(iso);
    },
    ok<T>(channel: string, input: unknown): T {
      const r = core.call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as T;
    },
    fail(channel, input) {
      const r = core.call(channel, input);
      if (r.ok) throw new Error(`${channel} succeeded but was expected to fail`);
      return r.error;
    },
    person(name, direction, extra = {}) {
      return j.ok<{ id: string }>('people:create', { name, direction, ...extra }).id;
    },
    goal(title) {
      return j.ok<{ id: string }>('goals:create', { title }).id;
    },
    entry(e) {
      return j.ok<Entry>('entries:create', {
        ...(e.occurredOn ? { occurredOn: e.occurredOn } : {}),
        ...(e.title ? { title: e.title } : {}),
        body: textDoc(e.text ?? e.title ?? 'Some work'),
        ownershipLevel: e.level ?? 'task',
        ...(e.impact ? { impact: e.impact } : {}),
        starred: e.starred ?? false,
        tags: e.tags ?? [],
        seenBy: (e.seenBy ?? []).map((stakeholderId) => ({ stakeholderId })),
        ...(e.goalId ? { goalId: e.goalId } : {}),
      });
    },
    reopen() {
      core.close();
      core = openCore(path, { clock });
    },
    close() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return j;
}

/** Every text of a document, blocks on their own lines (to read a draft in assertions). */
export function docLines(node: DocNode): string[] {
  const lines: string[] = [];
  const walk = (n: DocNode): string => {
    if (n.type === 'text') return n.text ?? '';
    const inner = (n.content ?? []).map(walk).join('');
    if (n.type === 'paragraph' || n.type === 'heading') {
      lines.push(n.type === 'heading' ? `## ${inner}` : inner);
      return '';
    }
    return inner;
  };
  walk(node);
  return lines;
}

/** The hrefs of every link in a document, in order. */
export function docLinks(node: DocNode): string[] {
  const out: string[] = [];
  const walk = (n: DocNode) => {
    for (const m of n.marks ?? []) if (m.type === 'link') out.push(String(m.attrs?.href));
    (n.content ?? []).forEach(walk);
  };
  walk(node);
  return out;
}

/** The lines of one section of a draft (between its heading and the next), or null when the section is absent. */
export function sectionLines(node: DocNode, title: string): string[] | null {
  const lines = docLines(node);
  const start = lines.indexOf(`## ${title}`);
  if (start < 0) return null;
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, next < 0 ? undefined : next);
}
