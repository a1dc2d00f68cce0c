import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { ReviewDraft } from '../../common/contract';
import { inJournal, ok, okJson, runCli, tempDataDir } from './test-cli';

const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');

async function seeded(): Promise<string> {
  const dir = tempDataDir();
  await ok(dir, ['people', 'add', 'Ana Lima', '--direction', 'up']);
  await ok(dir, ['add', 'Led the incident review', '-l', 'project', '--saw', 'Ana Lima', '-t', 'ops', '--date', day(10), '--star', '--impact', 'MTTR down 40%']);
  await ok(dir, ['add', 'Fixed the flaky deploy check', '-l', 'task', '-t', 'ci', '--date', day(40)]);
  await ok(dir, ['add', 'Old work outside the period', '-l', 'value', '--date', day(400)]);
  return dir;
}

describe('scopebook review', () => {
  it('prints a Markdown self-review of the last 6 months to stdout', async () => {
    const dir = await seeded();
    const { stdout } = await ok(dir, ['review', '--last', '6m']);
    expect(stdout).toMatch(/^# Self-review: ownership and visibility · /);
    expect(stdout).toContain('Led the incident review');
    expect(stdout).toContain('MTTR down 40%');
    expect(stdout).not.toContain('Old work outside the period');
    // Links resolve inside the text: an Evidence appendix with an anchor per cited entry.
    expect(stdout).toMatch(/\n## Evidence\n\n- <a id="entry-[0-9a-f-]{36}"><\/a>\*\*Led the incident review\*\*/);
    expect(stdout).toMatch(/\]\(<#entry-[0-9a-f-]{36}>\)/);
    expect(stdout).not.toContain('scopebook:');
    expect(inJournal(dir, 'reviews:list', {})).toEqual([]);
  });

  it('narrows to a custom period and filters, and writes HTML with --out', async () => {
    const dir = await seeded();
    const run = await ok(dir, ['review', '--from', day(20), '--to', 'today', '--template', 'Brag document', '--out', join(dir, 'brag.html')]);
    expect(run.stdout).toMatch(/^Wrote "Brag document · .*" \(.*1 entry\) to .*brag\.html\n$/);
    const html = readFileSync(join(dir, 'brag.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Led the incident review');
    expect(html).not.toContain('Fixed the flaky deploy check');
  });

  it('--json prints the draft with its figures and document', async () => {
    const dir = await seeded();
    const draft = await okJson<ReviewDraft & { title: string }>(dir, ['review', '--last', '90d', '--min-level', 'project']);
    expect(draft.period).toEqual({ from: day(89), to: day(0) });
    expect(draft.figures).toMatchObject({ entries: 1, starred: 1, highestLevel: 'project', peopleReached: 1 });
    expect(draft.document.type).toBe('doc');
    expect(draft.settings.templateId).toBe('self-review');
    expect(draft.title).toContain('Self-review');
  });

  it('--save keeps it as a review the app lists', async () => {
    const dir = await seeded();
    const run = await ok(dir, ['review', '--period', 'year-to-date', '--save', '--title', 'H1 review', '--format', 'md']);
    expect(run.stdout).toMatch(/^# H1 review/);
    expect(run.stderr).toMatch(/Saved the review "H1 review" in your journal/);
    expect(inJournal(dir, 'reviews:list', {}).map((r) => r.title)).toEqual(['H1 review']);
  });

  it('refuses bad review options with exit 1', async () => {
    const dir = await seeded();
    const cases: [string[], RegExp][] = [
      [['review', '--template', 'promo'], /--template: no template called "promo"\. Templates: brag-document, self-review, promotion-case/],
      [['review', '--last', 'forever'], /--last: "forever" is not a length of time/],
      [['review', '--period', 'next-year'], /--period: "next-year" is not a period/],
      [['review', '--last', '6m', '--from', '2026-01-01'], /choose the period one way/],
      [['review', '--format', 'pdf'], /--format: "pdf" is not a format/],
      [['review', '--out', join(dir, 'scopebook.db')], /is part of your journal/],
      [['review', '--out', join(dir, 'nope', 'r.md')], /the folder .*nope does not exist/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(dir, args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
  });
});

describe('scopebook stats', () => {
  it('counts entries per level per month, the streak and the people reached', async () => {
    const dir = await seeded();
    await ok(dir, ['add', 'Today’s work', '--date', 'today']);
    await ok(dir, ['add', 'Yesterday’s work', '--date', 'yesterday']);
    const stats = await okJson<{
      entries: number;
      currentStreak: number;
      peopleReached: number;
      people: number;
      levelsByMonth: { month: string; counts: Record<string, number>; total: number }[];
    }>(dir, ['stats']);
    expect(stats.entries).toBe(4);
    expect(stats.currentStreak).toBe(2);
    expect([stats.peopleReached, stats.people]).toEqual([1, 1]);
    expect(stats.levelsByMonth).toHaveLength(12);
    const project = stats.levelsByMonth.find((m) => m.month === day(10).slice(0, 7))!;
    expect(project.counts.project).toBe(1);

    const { stdout } = await ok(dir, ['stats']);
    expect(stdout).toMatch(/^Entries per ownership level, /);
    expect(stdout).toMatch(/Month +● task +◆ milestone +▲ project +★ value +⬢ leverage +unrated +Total/);
    expect(stdout).toContain('Streak: 2 days now');
    expect(stdout).toContain('People reached: 1 of 1 person.');
  });

  it('refuses a backwards range', async () => {
    const dir = await seeded();
    const run = await runCli(dir, ['stats', '--from', 'today', '--to', '2020-01-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--from .* is after --to 2020-01-01/);
  });
});
