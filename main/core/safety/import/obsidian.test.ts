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
    // Tasks stay a list, each with its state: ☑ done, ☐ open (and editable like any list).
    expect(body.content?.[1]).toMatchObject({ type: 'bulletList', content: [{ type: 'listItem' }, { type: 'listItem' }] });
    expect(ok(core, 'entries:get', { id: done!.id }).bodyText).toBe('Done\n☑ shipped #release\n☐ docs');
    expect(ok(core, 'data:importCommit', { path: vault })).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it('links [[Person Name]] to that person, keeps a placeholder for ![[image.png]], and leaves other links as text', () => {
    const { core, dir } = openJournal();
    const priya = ok(core, 'people:create', { name: 'Priya Shah', direction: 'up' });
    const vault = join(dir, 'vault');
    mkdirSync(vault);
    writeFileSync(join(vault, '2024-05-02.md'), 'Reviewed the plan with [[Priya Shah]] and [[priya shah|her]] in [[Q2 roadmap]].\n\n![[whiteboard.png]]\n');
    const preview = ok(core, 'data:importPreview', { path: vault });
    expect(preview.warnings).toEqual(['1 image is not imported: Scopebook keeps text only']);
    ok(core, 'data:importCommit', { path: vault });
    const [summary] = ok(core, 'entries:list', {}).items;
    const entry = ok(core, 'entries:get', { id: summary!.id });
    expect(entry.bodyText).toBe('Reviewed the plan with @Priya Shah and @Priya Shah in Q2 roadmap.\n[image: whiteboard.png]');
    expect(entry.seenBy.map((s) => s.stakeholderId)).toEqual([priya.id]);
    expect(JSON.stringify(entry.body)).not.toContain('wikiLink');
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
