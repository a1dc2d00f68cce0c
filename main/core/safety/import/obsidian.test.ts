import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fails, ok, openJournal } from '../../test-helpers';

describe('importing an Obsidian daily-notes folder', () => {
  it('reads YYYY-MM-DD.md notes in any subfolder with front matter and #tags; skips the rest with warnings', () => {
    const { core, dir } = openJournal();
    const vault = join(dir, 'vault');
    mkdirSync(join(vault, 'Daily', '2024'), { recursive: true });
    mkdirSync(join(vault, '.obsidian'));
    writeFileSync(join(vault, '.obsidian', '2024-01-01.md'), 'settings, not a note');
    writeFileSync(join(vault, 'Daily', '2024', '2024-03-05.md'), '---\ntags: [work, "Big Launch"]\nmood: good\n---\n## Done\n- [x] shipped #release\n- [ ] docs\n');
    writeFileSync(join(vault, 'Daily', '2024-03-04.md'), '---\ntags:\n  - planning\n---\nPlanned [[Q2 roadmap|the roadmap]] with the team.\n');
    writeFileSync(join(vault, 'Daily', '2024-03-06.md'), '---\ntags: [empty]\n---\n\n');
    writeFileSync(join(vault, 'Daily', '2024-02-30.md'), 'no such day');
    writeFileSync(join(vault, 'Ideas.md'), 'not a daily note');

    const preview = ok(core, 'data:importPreview', { path: vault });
    expect(preview).toMatchObject({ source: 'obsidian', entries: 2, from: '2024-03-04', to: '2024-03-05' });
    expect(preview.warnings).toEqual([
      '1 empty note will be skipped',
      '1 other file is not daily notes and will be ignored',
      '1 note is named after a day that does not exist',
    ]);
    ok(core, 'data:importCommit', { path: vault });
    const [done, planned] = ok(core, 'entries:list', {}).items;
    expect(done).toMatchObject({ occurredOn: '2024-03-05', tags: ['big-launch', 'release', 'work'] });
    expect(planned).toMatchObject({ occurredOn: '2024-03-04', excerpt: 'Planned the roadmap with the team.', tags: ['planning'] });
    const body = ok(core, 'entries:get', { id: done!.id }).body;
    expect(body.content?.[1]).toMatchObject({ type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true } }, { type: 'taskItem', attrs: { checked: false } }] });
    expect(ok(core, 'data:importCommit', { path: vault })).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it('refuses a folder without daily notes, and a file when the Obsidian source is asked for', () => {
    const { core, dir } = openJournal();
    mkdirSync(join(dir, 'empty'));
    expect(fails(core, 'data:importPreview', { path: join(dir, 'empty') }, 'invalid_input').message).toMatch(/holds no daily notes/);
    writeFileSync(join(dir, '2024-03-05.md'), 'x');
    expect(fails(core, 'data:importPreview', { path: join(dir, '2024-03-05.md'), source: 'obsidian' }, 'invalid_input').message).toMatch(
      /choose the folder/,
    );
  });
});
