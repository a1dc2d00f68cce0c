import { describe, expect, it } from 'vitest';
import type { Gap, Radar, StakeholderSummary } from '../../common/contract';
import { inJournal, ok, okJson, runCli, tempDataDir } from './test-cli';

describe('scopebook people', () => {
  it('adds, lists and edits people', async () => {
    const dir = tempDataDir();
    const added = await ok(dir, ['people', 'add', 'Ana Lima', '--direction', 'up', '--role', 'Engineering manager', '--influence', '4']);
    expect(added.stdout).toBe('Added Ana Lima: Up, influence 4, Engineering manager\n');
    await ok(dir, ['people', 'add', 'Dana Wu', '--direction', 'skip level', '--key-decider']);

    const list = await ok(dir, ['people']);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Name +Direction +Key +Role +Seen +Last seen +Highest level$/);
    expect(lines[1]).toMatch(/^Ana Lima +Up +Engineering manager +0 +never$/);
    expect(lines[2]).toMatch(/^Dana Wu +Skip-level and above +◆ key decider +0 +never$/);

    const edited = await okJson<StakeholderSummary>(dir, ['people', 'edit', 'dana wu', '--name', 'Dana Wu-Chen', '--no-key-decider', '--direction', 'diagonal-up']);
    expect(edited).toMatchObject({ name: 'Dana Wu-Chen', keyDecider: false, direction: 'diagonal-up' });
    const people = await okJson<StakeholderSummary[]>(dir, ['people', 'list', '--direction', 'diagonal-up']);
    expect(people.map((p) => p.name)).toEqual(['Dana Wu-Chen']);
    expect(inJournal(dir, 'people:list', {})).toHaveLength(2);
  });

  it('refuses bad people input with exit 1', async () => {
    const dir = tempDataDir();
    await ok(dir, ['people', 'add', 'Ana Lima', '--direction', 'up']);
    const cases: [string[], RegExp][] = [
      [['people', 'add', 'Raj'], /people add: --direction is required/],
      [['people', 'add', 'Raj', '--direction', 'north'], /--direction: "north" is not a direction/],
      [['people', 'add', 'Raj', '--direction', 'up', '--influence', '9'], /--influence: "9" must be a whole number from 1 to 5/],
      [['people', 'add', 'ana lima', '--direction', 'down'], /Ana Lima/],
      [['people', 'edit', 'Ana Lma', '--role', 'CTO'], /people edit: no one called "Ana Lma".*Did you mean "Ana Lima"/],
      [['people', 'edit', 'Ana Lima'], /nothing to change/],
      [['people', 'frob'], /unknown command "people frob"/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(dir, args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(inJournal(dir, 'people:list', {}).map((p) => p.name)).toEqual(['Ana Lima']);
  });

  it('people gaps shows who saw the work and who is missing the strongest of it', async () => {
    const dir = tempDataDir();
    await ok(dir, ['people', 'add', 'Ana Lima', '--direction', 'up']);
    await ok(dir, ['people', 'add', 'Dana Wu', '--direction', 'skip-level', '--key-decider', '--influence', '5']);
    await ok(dir, ['add', 'Led the incident review', '-l', 'project', '--saw', 'Ana Lima', '--date', 'yesterday']);

    const { stdout } = await ok(dir, ['people', 'gaps']);
    expect(stdout).toMatch(/Up +● Last 30 days +1 of 1 reached in 90 days +last saw your work yesterday/);
    expect(stdout).toMatch(/Skip-level and above +✕ Never +0 of 1 reached in 90 days +never saw your work/);
    expect(stdout).toMatch(/◆ Dana Wu +Skip-level and above +✕ Never/);
    expect(stdout).toMatch(/Gaps: recent work they have not seen\n.*Dana Wu \(Skip-level and above\): .*Led the incident review/);
    expect(stdout).not.toMatch(/Ana Lima \(Up\):/);

    const json = await okJson<{ today: string; radar: Radar; gaps: Gap[] }>(dir, ['people', 'gaps', '--key-deciders']);
    expect(json.gaps.map((g) => [g.name, g.entries.map((e) => e.label)])).toEqual([['Dana Wu', ['Led the incident review']]]);
    expect(json.radar.directions.find((d) => d.direction === 'up')).toMatchObject({ people: 1, reached90: 1, recency: 'recent30' });
  });
});
