import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, fails, fileHash, ok, openJournal } from '../test-helpers';

/** A shell start-up file, as an attacker would aim an export at it. */
const STARTUP = '# ~/.bashrc\nexport PATH="$HOME/bin:$PATH"\nalias ll="ls -l"\n';

function journalWithEntries() {
  const j = openJournal();
  ok(j.core, 'entries:create', { body: doc('$(touch /tmp/pwned) shipped the importer'), ownershipLevel: 'project', occurredOn: '2026-02-03' });
  ok(j.core, 'entries:create', { body: doc('Led the launch review'), ownershipLevel: 'milestone', occurredOn: '2025-11-20' });
  return j;
}

describe('exports replace only files Scopebook wrote', () => {
  it('refuses to write any export over a file that is not its own, and leaves it byte for byte', () => {
    const { core, dir } = journalWithEntries();
    const target = join(dir, '.bashrc');
    writeFileSync(target, STARTUP);
    const hash = fileHash(target);
    for (const [channel, input] of [
      ['data:exportJson', { path: target }],
      ['data:exportHtml', { path: target }],
    ] as const) {
      const error = fails(core, channel, input, 'invalid_input');
      expect(error.field).toBe('path');
      expect(error.message).toMatch(/was not written by Scopebook/);
      expect(fileHash(target)).toBe(hash);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an empty file and a link to a foreign file too', () => {
    const { core, dir } = journalWithEntries();
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    fails(core, 'data:exportJson', { path: empty }, 'invalid_input');
    expect(readFileSync(empty, 'utf8')).toBe('');
    const startup = join(dir, 'profile');
    writeFileSync(startup, STARTUP);
    const link = join(dir, 'export.json');
    symlinkSync(startup, link);
    fails(core, 'data:exportJson', { path: link }, 'invalid_input');
    expect(readFileSync(startup, 'utf8')).toBe(STARTUP);
  });

  it('replaces its own earlier export of the same kind, not one of another kind', () => {
    const { core, dir } = journalWithEntries();
    const json = join(dir, 'journal.json');
    const html = join(dir, 'brag.html');
    ok(core, 'data:exportJson', { path: json });
    ok(core, 'data:exportHtml', { path: html });
    ok(core, 'entries:create', { body: doc('A third entry'), ownershipLevel: 'task', occurredOn: '2026-02-04' });
    expect(ok(core, 'data:exportJson', { path: json }).entries).toBe(3);
    expect(ok(core, 'data:exportHtml', { path: html }).entries).toBe(3);
    expect(readFileSync(html, 'utf8')).toContain('A third entry');
    // A JSON export is not replaced by an HTML one, nor the other way round.
    fails(core, 'data:exportHtml', { path: json }, 'invalid_input');
    fails(core, 'data:exportJson', { path: html }, 'invalid_input');
  });

  it('Markdown: one foreign file among the targets means nothing is written', () => {
    const { core, dir } = journalWithEntries();
    const folder = join(dir, 'brag');
    mkdirSync(folder);
    const foreign = join(folder, 'brag-2026.md');
    writeFileSync(foreign, '# My own notes\n\nNot from Scopebook.\n');
    const error = fails(core, 'data:exportMarkdown', { folder, layout: 'yearly' }, 'invalid_input');
    expect(error.field).toBe('folder');
    expect(readFileSync(foreign, 'utf8')).toBe('# My own notes\n\nNot from Scopebook.\n');
    expect(existsSync(join(folder, 'brag-2025.md'))).toBe(false);

    // Its own files, yearly and monthly, are replaced on the next export.
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    expect(ok(core, 'data:exportMarkdown', { folder: mine, layout: 'yearly' }).files).toHaveLength(2);
    expect(ok(core, 'data:exportMarkdown', { folder: mine, layout: 'yearly' }).files).toHaveLength(2);
    expect(ok(core, 'data:exportMarkdown', { folder: mine, layout: 'monthly' }).files).toHaveLength(2);
    expect(ok(core, 'data:exportMarkdown', { folder: mine, layout: 'monthly' }).files).toHaveLength(2);
    writeFileSync(join(mine, '2026', '2026-02.md'), 'edited by hand, no longer an export\n');
    fails(core, 'data:exportMarkdown', { folder: mine, layout: 'monthly' }, 'invalid_input');
    expect(readFileSync(join(mine, '2026', '2026-02.md'), 'utf8')).toBe('edited by hand, no longer an export\n');
  });
});
