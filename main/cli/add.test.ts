import { format, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Entry, StakeholderSummary } from '../../common/contract';
import { inJournal, ok, okJson, runCli, tempDataDir } from './test-cli';

const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');

describe('scopebook add', () => {
  it('writes an entry with every flag, which the core then reads back', async () => {
    const dir = tempDataDir();
    await ok(dir, ['people', 'add', 'Ana Lima', '--direction', 'up']);
    await ok(dir, ['people', 'add', 'Raj Patel', '--direction', 'sideways']);
    const goal = inJournal(dir, 'goals:create', { title: 'Reliability' });
    const run = await ok(dir, [
      'add', 'Led the incident review', '--level', 'project', '--saw', 'ana lima', '--saw', 'Raj Patel:meeting',
      '--tag', 'ops', '--impact', 'MTTR down 40%', '--date', 'yesterday', '--star', '--goal', 'reliability', '--title', 'Incident review',
    ]);
    expect(run.stdout).toContain('Added ★ ▲ Project entry on');
    expect(run.stdout).toContain('Seen by Ana Lima, Raj Patel (meeting)');
    expect(run.stderr).toBe('');

    const [summary] = inJournal(dir, 'entries:list', {}).items;
    const entry = inJournal(dir, 'entries:get', { id: summary!.id });
    expect(entry).toMatchObject({
      title: 'Incident review',
      bodyText: 'Led the incident review',
      ownershipLevel: 'project',
      impact: 'MTTR down 40%',
      starred: true,
      tags: ['ops'],
      occurredOn: day(1),
      goalId: goal.id,
    });
    expect(entry.seenBy.map((s) => [s.name, s.channel]).sort()).toEqual([['Ana Lima', null], ['Raj Patel', 'meeting']]);
  });

  it('takes the text from stdin, keeps paragraphs and reads #hashtags as tags', async () => {
    const dir = tempDataDir();
    const entry = await okJson<Entry>(dir, ['add', '--date', '3 days ago'], { input: 'Fixed the flaky #ci check\nfor good\n\nSecond paragraph\n' });
    expect(entry.occurredOn).toBe(day(3));
    expect(entry.ownershipLevel).toBe('task');
    expect(entry.tags).toEqual(['ci']);
    expect(entry.body.content).toHaveLength(2);
    expect(entry.bodyText).toContain('Second paragraph');
  });

  it('joins unquoted words into the text, jrnl-style', async () => {
    const dir = tempDataDir();
    const entry = await okJson<Entry>(dir, ['add', 'Shipped', 'the', 'roadmap', '-l', 'milestone']);
    expect(entry.bodyText).toBe('Shipped the roadmap');
    expect(entry.ownershipLevel).toBe('milestone');
  });

  it('prints the saved entry as JSON with --json, and nothing else on stdout', async () => {
    const dir = tempDataDir();
    const run = await ok(dir, ['add', 'Wrote the design doc', '--json']);
    const entry = JSON.parse(run.stdout) as Entry;
    expect(Object.keys(entry).sort()).toEqual(
      ['body', 'bodyText', 'confidential', 'createdAt', 'deletedAt', 'example', 'goalId', 'id', 'impact', 'occurredOn', 'ownershipLevel', 'revision', 'seenBy', 'starred', 'tags', 'title', 'updatedAt'],
    );
    expect(inJournal(dir, 'entries:get', { id: entry.id }).bodyText).toBe('Wrote the design doc');
  });

  it('refuses an unknown person, naming near matches, and writes nothing', async () => {
    const dir = tempDataDir();
    await ok(dir, ['people', 'add', 'Ana Lima', '--direction', 'up']);
    await ok(dir, ['people', 'add', 'Anna Li', '--direction', 'down']);
    const run = await runCli(dir, ['add', 'Demoed the dashboard', '--saw', 'Ana Lma']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--saw: no one called "Ana Lma" in your people\. Did you mean "Ana Lima"/);
    expect(run.stderr).toContain('--create-people');
    expect(run.stdout).toBe('');
    expect(inJournal(dir, 'entries:count', {}).count).toBe(0);
  });

  it('creates unknown people with --create-people, in the direction asked for', async () => {
    const dir = tempDataDir();
    const run = await ok(dir, ['add', 'Demoed the dashboard', '--saw', 'Dana Wu:demo', '--create-people', '--new-direction', 'skip-level']);
    expect(run.stderr).toContain('Added Dana Wu to your people (skip-level)');
    const people = inJournal(dir, 'people:list', {});
    expect(people.map((p: StakeholderSummary) => [p.name, p.direction, p.entriesSeen])).toEqual([['Dana Wu', 'skip-level', 1]]);
  });

  it('creates no one when the entry itself is refused', async () => {
    const dir = tempDataDir();
    const run = await runCli(dir, ['add', 'Too much impact', '--impact', 'x'.repeat(2001), '--saw', 'New Person', '--create-people']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^scopebook: --impact: must be at most 2000 characters\n$/);
    expect(inJournal(dir, 'people:list', {})).toEqual([]);
  });

  it('exits 1 with one line for each kind of bad input', async () => {
    const dir = tempDataDir();
    const cases: [string[], RegExp][] = [
      [['add', 'x', '--date', 'someday'], /--date: "someday" is not a date/],
      [['add', 'x', '--date', '2026-02-30'], /--date: "2026-02-30" is not a date/],
      [['add', 'x', '--level', 'epic'], /--level: "epic" is not an ownership level\. Use one of: task, milestone, project, value, leverage/],
      [['add', 'x', '--saw', 'Ana:meting'], /"meting" is not a channel/],
      [['add', 'x', '--goal', 'Nope'], /--goal: no goal called "Nope"/],
      [['add', 'x', '--colour'], /add: unknown option --colour \(see scopebook add --help\)/],
      [['add', 'x', '--level'], /--level needs a value/],
      [['add', 'x', '--star=yes'], /--star does not take a value/],
      [['add', '   '], /the entry has no text/],
      [['add', 'x', '--tag', '###'], /--tag: must not be empty/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(dir, args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(inJournal(dir, 'entries:count', {}).count).toBe(0);
  });
});
