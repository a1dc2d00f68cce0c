import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, ExportResult, ImportPreview, ImportResult, RestoreResult } from '../../common/contract';
import { inJournal, ok, okJson, runCli, tempDataDir } from './test-cli';

async function seeded(): Promise<string> {
  const dir = tempDataDir();
  await ok(dir, ['add', 'Led the incident review', '-l', 'project', '--saw', 'Ana Lima', '--create-people', '--date', '2026-01-10']);
  await ok(dir, ['add', 'Fixed the flaky deploy check', '--date', '2026-02-12']);
  return dir;
}

describe('export and import', () => {
  it('exports JSON that imports into another journal, with a dry run first that writes nothing', async () => {
    const from = await seeded();
    const file = join(tempDataDir(), 'journal.json');
    const exported = await okJson<ExportResult>(from, ['export', '--format', 'json', '--out', file]);
    expect(exported).toMatchObject({ files: [file], entries: 2 });

    const to = tempDataDir();
    await ok(to, ['add', 'Already here']);
    const preview = await okJson<ImportPreview>(to, ['import', file, '--dry-run']);
    expect(preview).toMatchObject({ source: 'scopebook', entries: 2, duplicates: 0, from: '2026-01-10', to: '2026-02-12', people: 1 });
    expect(inJournal(to, 'entries:count', {}).count).toBe(1);

    const text = await ok(to, ['import', file]);
    expect(text.stdout).toBe('Imported 2 entries from journal.json (scopebook). Added 1 person and 0 goals.\n');
    expect(inJournal(to, 'entries:count', {}).count).toBe(3);
    expect(inJournal(to, 'people:list', {}).map((p) => p.name)).toEqual(['Ana Lima']);

    const again = await okJson<ImportResult>(to, ['import', file]);
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it('a dry run into a folder with no journal yet writes nothing there', async () => {
    const from = await seeded();
    const file = join(tempDataDir(), 'journal.json');
    await okJson<ExportResult>(from, ['export', '--format', 'json', '--out', file]);
    const empty = tempDataDir();
    const preview = await okJson<ImportPreview>(empty, ['import', file, '--dry-run']);
    expect(preview).toMatchObject({ source: 'scopebook', entries: 2, duplicates: 0 });
    expect(existsSync(empty) ? readdirSync(empty) : []).toEqual([]);
  });

  it('a real import reports what it skipped, as its dry run does', async () => {
    const dir = tempDataDir();
    const file = join(tempDataDir(), 'Journal.json');
    writeFileSync(
      file,
      JSON.stringify({
        entries: [
          { uuid: 'A', creationDate: '2024-03-05T10:00:00Z', text: 'Shipped it' },
          { uuid: 'B', creationDate: '2024-03-06T10:00:00Z' },
        ],
      }),
    );
    const dry = await ok(dir, ['import', file, '--dry-run']);
    expect(dry.stdout).toContain('Note: 1 entry has no text (photos only?) and will be skipped');
    const real = await ok(dir, ['import', file]);
    expect(real.stdout).toContain('Imported 1 entry');
    expect(real.stdout).toContain('Note: 1 entry has no text (photos only?) and will be skipped');
  });

  it('exports Markdown into a folder and a single HTML file', async () => {
    const dir = await seeded();
    const out = tempDataDir();
    const md = await ok(dir, ['export', '--format', 'md', '--out', join(out, 'brag'), '--layout', 'monthly']);
    expect(md.stdout).toMatch(/^Exported 2 entries .* to 2 files in .*brag\n$/);
    expect(readdirSync(join(out, 'brag', '2026')).sort()).toEqual(['2026-01.md', '2026-02.md']);
    await ok(dir, ['export', '--out', join(out, 'brag.html'), '--year', '2026']);
    expect(readFileSync(join(out, 'brag.html'), 'utf8')).toContain('Led the incident review');
    // Relative paths are relative to where the command runs.
    await ok(dir, ['export', '--out', 'relative.json'], { cwd: out });
    expect(JSON.parse(readFileSync(join(out, 'relative.json'), 'utf8'))).toHaveProperty('entries');
  });

  it('never replaces a file it did not write unless --force; its own exports are replaced', async () => {
    const dir = await seeded();
    const out = tempDataDir();
    const notes = join(out, 'notes.json');
    writeFileSync(notes, '{"mine": "not a Scopebook export"}\n');
    const refused = await runCli(dir, ['export', '--format', 'json', '--out', notes]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/notes\.json exists and was not written by Scopebook.*add --force to replace it/);
    expect(readFileSync(notes, 'utf8')).toBe('{"mine": "not a Scopebook export"}\n');
    const html = join(out, 'page.html');
    writeFileSync(html, '<html>my page</html>');
    expect((await runCli(dir, ['export', '--out', html])).code).toBe(1);
    expect(readFileSync(html, 'utf8')).toBe('<html>my page</html>');
    const folder = join(out, 'brag');
    mkdirSync(folder);
    writeFileSync(join(folder, 'brag-2026.md'), 'my own draft\n');
    const md = await runCli(dir, ['export', '--format', 'md', '--out', folder]);
    expect(md.code).toBe(1);
    expect(md.stderr).toMatch(/was not written by Scopebook.*--force/);
    expect(readFileSync(join(folder, 'brag-2026.md'), 'utf8')).toBe('my own draft\n');

    // --force replaces them, and leaves no staging copy behind.
    expect(await okJson<ExportResult>(dir, ['export', '--format', 'json', '--out', notes, '--force'])).toMatchObject({ files: [notes], entries: 2 });
    expect(JSON.parse(readFileSync(notes, 'utf8'))).toHaveProperty('format', 'scopebook-journal');
    await ok(dir, ['export', '--out', html, '--force']);
    expect(readFileSync(html, 'utf8')).toContain('Led the incident review');
    const forced = await okJson<ExportResult>(dir, ['export', '--format', 'md', '--out', folder, '--force']);
    expect(forced.files).toEqual([join(folder, 'brag-2026.md')]);
    expect(readFileSync(join(folder, 'brag-2026.md'), 'utf8')).toContain('Fixed the flaky deploy check');
    expect(readdirSync(folder)).toEqual(['brag-2026.md']);
    expect(readdirSync(out).sort()).toEqual(['brag', 'notes.json', 'page.html']);
    // Now they are Scopebook's own: replaced without --force.
    await ok(dir, ['export', '--format', 'json', '--out', notes]);
    await ok(dir, ['export', '--format', 'md', '--out', folder]);
  });

  it('refuses malformed files and bad export options with exit 1, changing nothing', async () => {
    const dir = await seeded();
    const bad = join(tempDataDir(), 'broken.json');
    writeFileSync(bad, '{"entries": [');
    const cases: [string[], RegExp][] = [
      [['import', bad], /broken\.json: is not valid JSON.*Nothing was imported/],
      [['import', bad, '--dry-run'], /broken\.json: is not valid JSON/],
      [['import', join(dir, 'missing.json')], /missing\.json does not exist/],
      [['import', bad, '--source', 'evernote'], /--source: "evernote" is not a source/],
      [['export', '--format', 'json'], /export: --out is required/],
      [['export', '--format', 'pdf', '--out', join(dir, 'x.pdf')], /--format: "pdf" is not a format/],
      [['export', '--format', 'json', '--out', join(dir, 'scopebook.db')], /journal/],
      [['export', '--format', 'json', '--out', join(dir, 'no', 'x.json')], /does not exist/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(dir, args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(inJournal(dir, 'entries:count', {}).count).toBe(2);
  });
});

describe('backup and restore', () => {
  it('takes a backup, lists it, and restores it only with --yes', async () => {
    const dir = await seeded();
    const backup = await okJson<BackupInfo>(dir, ['backup']);
    expect(backup).toMatchObject({ kind: 'manual', verified: true });
    expect(existsSync(backup.path)).toBe(true);
    const list = await ok(dir, ['backup', '--list']);
    expect(list.stdout).toContain(backup.file);

    await ok(dir, ['add', 'Written after the backup']);
    const refused = await runCli(dir, ['restore', backup.file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Add --yes to go ahead/);
    expect(inJournal(dir, 'entries:count', {}).count).toBe(3);

    const restored = await okJson<RestoreResult>(dir, ['restore', backup.path, '--yes']);
    expect(restored.restoredFrom).toBe(backup.file);
    expect(restored.safetyBackup.kind).toBe('before-restore');
    expect(inJournal(dir, 'entries:count', {}).count).toBe(2);

    const missing = await runCli(dir, ['restore', 'scopebook-nope.sqlite', '--yes']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/there is no backup called scopebook-nope\.sqlite/);
  });
});
