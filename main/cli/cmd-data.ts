/**
 * `import`, `export`, `backup` and `restore`: the app's own data-safety operations (data:*),
 * with a progress bar on a terminal while they run.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { type ExportResult, IMPORT_SOURCES, type ImportSource } from '../../common/contract';
import { isOwnExportOrAbsent, NOT_OURS } from '../core/safety/own-files';
import { bool, int, str, strs } from './args';
import type { Command } from './command';
import { CliError, userError } from './errors';
import { bytes, plural } from './format';
import { renderTable } from './table';
import { looksLikeCalendar } from '../core/evidence/calendar-detect';

const pathFlag = (flag: string) => (field: string) => (field === 'path' || field === 'folder' ? flag : field === 'year' ? '--year' : undefined);

export const importCommand: Command = {
  name: 'import',
  summary: 'Import entries from a file (Scopebook, jrnl, Day One, Markdown, Obsidian), or meetings from a calendar (.ics)',
  creates: true,
  maxPositionals: 1,
  options: { source: { type: 'string' }, 'dry-run': { type: 'boolean' }, me: { type: 'string', multiple: true } },
  help: `Usage: scopebook import FILE [--source SOURCE] [--me EMAIL …] [--dry-run] [--json]

Imports a file into the journal, all or nothing, skipping entries already in it
(the same import as the app's). FILE is a Scopebook JSON export, a jrnl JSON
export, a Day One JSON or zip export, a Markdown brag document, or an Obsidian
folder of daily notes.

A calendar export (.ics from Google Calendar, Outlook or Apple Calendar; told by
its content) is read for meetings up to today instead: people you met become
"who saw it" for that day's entries, meetings you organised become candidate
entries in Triage, and people you meet often are offered as new people.
Declined, private and free/busy-only events never count.

Options:
      --source SOURCE  ${IMPORT_SOURCES.join(', ')} (default: detected from the file).
      --me EMAIL       Calendars: your own address (repeatable; default: your emails in
                       Settings, the same as import-git's authors).
      --dry-run        Only say what would be imported; write nothing. With --json, a
                       calendar's preview lists each meeting with its day, title and attendees.
      --json           The preview (with --dry-run) or the result as JSON.
      --data-dir DIR   The journal's folder (default: the app's).

Examples:
  scopebook import ~/jrnl-export.json --dry-run
  scopebook import ~/Downloads/DayOne.zip --source dayone
  scopebook import ~/Downloads/work.ics --me me@work.com --dry-run --json
`,
  async run(ctx, { values, positionals }) {
    const file = positionals[0];
    if (!file) throw userError('import: say which file to import, e.g. scopebook import export.json', 'invalid_input');
    const path = resolve(ctx.io.cwd, file);
    if (!existsSync(path)) throw userError(`import: ${path} does not exist`, 'not_found');
    const rawSource = str(values, 'source');
    const me = strs(values, 'me');
    if (rawSource === undefined && isCalendar(path)) return importCalendar(ctx, path, me, bool(values, 'dry-run') === true);
    if (me.length > 0) throw userError('--me only applies to calendar files (.ics)', 'invalid_input');
    const source = rawSource?.toLowerCase() as ImportSource | undefined;
    if (source !== undefined && !IMPORT_SOURCES.includes(source)) {
      throw userError(`--source: "${rawSource}" is not a source. Use one of: ${IMPORT_SOURCES.join(', ')}.`, 'invalid_input');
    }
    const input = { path, ...(source ? { source } : {}) };
    if (bool(values, 'dry-run')) {
      const preview = await ctx.long('data:importPreview', input, `Reading ${basename(path)}`);
      if (ctx.json) return ctx.printJson(preview);
      ctx.print(`Dry run: nothing was written. Importing ${basename(path)} (${preview.source}) would add ${plural(preview.entries, 'entry', 'entries')}` +
        (preview.from ? ` from ${preview.from} to ${preview.to}` : '') + '.');
      if (preview.duplicates) ctx.print(`  ${plural(preview.duplicates, 'entry', 'entries')} already in the journal would be skipped.`);
      if (preview.people || preview.goals) ctx.print(`  Also ${plural(preview.people, 'person', 'people')} and ${plural(preview.goals, 'goal')}.`);
      if (preview.tags.length) ctx.print(`  Tags: ${preview.tags.slice(0, 10).map((t) => `#${t.name} (${t.count})`).join(', ')}`);
      for (const warning of preview.warnings) ctx.print(`  Note: ${warning}`);
      return;
    }
    const result = await ctx.long('data:importCommit', input, `Importing ${basename(path)}`);
    if (ctx.json) return ctx.printJson(result);
    ctx.print(`Imported ${plural(result.imported, 'entry', 'entries')} from ${basename(path)} (${result.source}).` +
      (result.duplicates ? ` Skipped ${plural(result.duplicates, 'duplicate')}.` : '') +
      (result.people || result.goals ? ` Added ${plural(result.people, 'person', 'people')} and ${plural(result.goals, 'goal')}.` : ''));
    for (const warning of result.warnings) ctx.print(`  Note: ${warning}`);
  },
};

/** A calendar export, told by its content (or by its name, so a broken .ics gets the calendar's error). */
function isCalendar(path: string): boolean {
  if (/\.(ics|ical|ifb)$/i.test(path)) return true;
  if (!statSync(path).isFile()) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    return looksLikeCalendar(head.subarray(0, n).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

const calendarFlag = (field: string) => (field === 'path' ? 'FILE' : field.startsWith('me') ? '--me' : undefined);

function importCalendar(ctx: Parameters<Command['run']>[0], path: string, me: string[], dryRun: boolean) {
  const input = { path, ...(me.length ? { me } : {}) };
  const journal = ctx.journal();
  if (dryRun) {
    const preview = journal.call('evidence:previewCalendar', input, calendarFlag);
    if (ctx.json) return ctx.printJson(preview);
    ctx.print(`Dry run: nothing was written. ${basename(path)}${preview.calendar ? ` (${preview.calendar})` : ''}: ${plural(preview.meetings.length, 'meeting')} that count` +
      (preview.meetings.length > preview.newMeetings ? ` (${preview.meetings.length - preview.newMeetings} imported before)` : '') +
      `; ${plural(preview.candidates, 'meeting')} you organised would go to Triage.`);
    if (preview.me.length === 0) ctx.print('  Note: say which address is yours with --me EMAIL, so declined meetings and the ones you organised are told apart.');
    for (const m of preview.meetings.slice(0, 20)) ctx.print(`  ${m.day}  ${m.title}  (${plural(m.attendees.length, 'other attendee')})`);
    if (preview.meetings.length > 20) ctx.print(`  … and ${preview.meetings.length - 20} more (--json lists them all)`);
    if (preview.newPeople.length) ctx.print(`  People you meet often who are not in your people yet: ${preview.newPeople.map((p) => p.name ?? p.email).join(', ')}`);
    return;
  }
  const result = journal.call('evidence:importCalendar', input, calendarFlag);
  if (ctx.json) return ctx.printJson(result);
  ctx.print(`Imported ${plural(result.added, 'new meeting')} from ${basename(path)} (${plural(result.meetings, 'meeting')} read); ` +
    `${plural(result.candidates, 'candidate entry', 'candidate entries')} added to Triage.` +
    (result.newPeople ? ` ${plural(result.newPeople, 'person', 'people')} you meet often can be added in the app (People).` : ''));
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the journal as JSON, Markdown or HTML',
  creates: false,
  maxPositionals: 0,
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    year: { type: 'string' },
    layout: { type: 'string' },
    force: { type: 'boolean' },
  },
  help: `Usage: scopebook export --format json|md|html --out PATH [--year YYYY] [--layout yearly|monthly] [--force]

Writes the journal out, the same way as the app's Export:
  json  Everything (entries, trash, people and notes, goals, tags, settings) in
        one Scopebook JSON file that \`scopebook import\` reads back.
  md    Markdown into the folder PATH (created if missing): one brag document per
        year, or one file per month with --layout monthly.
  html  One self-contained HTML brag document.

Options:
  -f, --format FORMAT  json, md or html (default: from PATH's extension; md for a folder).
  -o, --out PATH       The file (json, html) or folder (md) to write.
      --year YYYY      Only this year (md and html).
      --layout LAYOUT  yearly (default) or monthly (md only).
      --force          Replace files at PATH that Scopebook did not write. Without it,
                       only Scopebook's own earlier exports are replaced.
      --json           The result (files written, entries, bytes) as JSON.
      --data-dir DIR   The journal's folder (default: the app's).

Examples:
  scopebook export --format json --out ~/scopebook-backup.json
  scopebook export --format md --out ~/brag --layout monthly
  scopebook export --out brag-2026.html --year 2026
`,
  async run(ctx, { values }) {
    const out = str(values, 'out');
    if (!out) throw userError('export: --out is required: the file or folder to write', 'invalid_input');
    const path = resolve(ctx.io.cwd, out);
    const raw = (str(values, 'format') ?? (/\.json$/i.test(out) ? 'json' : /\.html?$/i.test(out) ? 'html' : /\.(md|markdown)$/i.test(out) ? 'md-file' : 'md')).toLowerCase();
    if (raw === 'md-file') throw userError('export: Markdown is written into a folder: give --out a folder name, not a .md file', 'invalid_input');
    const format = raw === 'markdown' ? 'md' : raw;
    if (format !== 'json' && format !== 'md' && format !== 'html') throw userError(`--format: "${raw}" is not a format. Use json, md or html.`, 'invalid_input');
    const year = int(values, 'year', 1900, 2999);
    const layout = str(values, 'layout') ?? 'yearly';
    if (layout !== 'yearly' && layout !== 'monthly') throw userError(`--layout: "${layout}" is not a layout. Use yearly or monthly.`, 'invalid_input');
    if (format !== 'md' && str(values, 'layout') !== undefined) throw userError('--layout only applies to --format md', 'invalid_input');
    if (format === 'json' && year !== undefined) throw userError('--year does not apply to --format json: the JSON export holds everything', 'invalid_input');
    if (!existsSync(dirname(path))) throw userError(`--out: the folder ${dirname(path)} does not exist`, 'invalid_input');

    const flag = pathFlag('--out');
    const withYear = year !== undefined ? { year } : {};
    const force = bool(values, 'force');
    const kind = format === 'json' ? 'json' : 'html';
    const hint = (err: unknown): never => {
      if (err instanceof CliError && err.message.includes(NOT_OURS)) throw userError(`${err.message} (or add --force to replace it)`, err.code);
      throw err;
    };
    let result: ExportResult;
    if (format === 'md') {
      if (!existsSync(path)) mkdirSync(path);
      const run = (folder: string) => ctx.long('data:exportMarkdown', { folder, layout, ...withYear }, 'Exporting Markdown', flag);
      result = force ? await forced(path, run, true) : await run(path).catch(hint);
    } else {
      const channel = format === 'json' ? 'data:exportJson' : 'data:exportHtml';
      const label = format === 'json' ? 'Exporting JSON' : 'Exporting HTML';
      const run = (target: string) => ctx.long(channel, { path: target, ...(format === 'html' ? withYear : {}) }, label, flag);
      result = force && !isOwnExportOrAbsent(path, kind) ? await forced(path, run, false) : await run(path).catch(hint);
    }
    if (ctx.json) return ctx.printJson(result);
    ctx.print(`Exported ${plural(result.entries, 'entry', 'entries')} (${bytes(result.bytes)}) to ${result.files.length === 1 ? result.files[0] : `${result.files.length} files in ${path}`}`);
  },
};

/**
 * `--force` over files Scopebook did not write: the core never replaces those, so the export is
 * written to a fresh staging name beside the target (a file, or a folder inside the target
 * folder for Markdown) and then renamed into place here, at the person's explicit request.
 * A failure removes the staging copy and leaves the target as it was.
 */
async function forced(target: string, run: (staging: string) => Promise<ExportResult>, folder: boolean): Promise<ExportResult> {
  const tag = randomBytes(6).toString('hex');
  const staging = folder ? join(target, `.scopebook-export-${tag}`) : join(dirname(target), `.${basename(target)}.${tag}.tmp`);
  if (folder) mkdirSync(staging, { mode: 0o700 });
  try {
    const result = await run(staging);
    if (!folder) {
      renameSync(staging, target);
      return { ...result, files: [target] };
    }
    const files = result.files.map((file) => {
      const dest = join(target, relative(staging, file));
      mkdirSync(dirname(dest), { recursive: true });
      renameSync(file, dest);
      return dest;
    });
    return { ...result, files };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Take a backup now, or list backups',
  creates: false,
  maxPositionals: 0,
  options: { list: { type: 'boolean' } },
  help: `Usage: scopebook backup [--list] [--json]

Takes a verified backup of the journal now, into the backup folder the app uses
(next to the journal unless you chose one in the app). With --list, shows the
backups there instead, newest first: their names are what \`scopebook restore\` takes.

Options:
      --list          List backups instead of taking one.
      --json          The backup (or the folder and its backups) as JSON.
      --data-dir DIR  The journal's folder (default: the app's).

Examples:
  scopebook backup
  scopebook backup --list
`,
  async run(ctx, { values }) {
    if (bool(values, 'list')) {
      const { folder, backups } = ctx.journal().call('data:backups', {});
      if (ctx.json) return ctx.printJson({ folder, backups });
      ctx.print(`Backups in ${folder.folder}${folder.isDefault ? ' (the default folder)' : ''}:`);
      if (backups.length === 0) return ctx.print('  none yet. Take one with: scopebook backup');
      const rows = backups.map((b) => [b.file, b.kind, b.takenAt.replace('T', ' ').slice(0, 19) + ' UTC', bytes(b.bytes), b.verified ? 'verified' : { text: 'NOT verified', style: 'red' as const }]);
      for (const line of renderTable(rows, ctx.paint, { width: ctx.width, right: [3] })) ctx.print(`  ${line}`);
      return;
    }
    const backup = await ctx.long('data:backupNow', {}, 'Backing up');
    if (ctx.json) return ctx.printJson(backup);
    ctx.print(`Backed up the journal to ${backup.path} (${bytes(backup.bytes)}${backup.verified ? ', verified' : ''}).`);
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the journal with one of its backups',
  creates: false,
  maxPositionals: 1,
  options: { yes: { type: 'boolean', short: 'y' } },
  help: `Usage: scopebook restore BACKUP --yes [--json]

Replaces the journal with BACKUP, a backup from the backup folder (its name as
\`scopebook backup --list\` shows it, or its path). The journal as it is now is
backed up first, so a restore can itself be undone. Because it replaces
everything, it asks for --yes. To bring in entries from another file, use
\`scopebook import\`.

Options:
  -y, --yes           Go ahead.
      --json          The result as JSON.
      --data-dir DIR  The journal's folder (default: the app's).

Examples:
  scopebook backup --list
  scopebook restore scopebook-2026-03-09T18-00-00Z-daily.db --yes
`,
  async run(ctx, { values, positionals }) {
    const given = positionals[0];
    if (!given) throw userError('restore: say which backup to restore (see scopebook backup --list)', 'invalid_input');
    const journal = ctx.journal();
    const { folder, backups } = journal.call('data:backups', {});
    const file = given.includes('/') || given.includes('\\') ? backupName(resolve(ctx.io.cwd, given), folder.folder) : given;
    const backup = backups.find((b) => b.file === file);
    if (!backup) throw userError(`restore: there is no backup called ${file} in ${folder.folder} (see scopebook backup --list)`, 'not_found');
    if (!bool(values, 'yes')) {
      throw userError(`restore: this replaces your whole journal with ${file} (taken ${backup.takenAt}). The journal as it is now is backed up first. Add --yes to go ahead.`, 'confirm');
    }
    const result = await ctx.long('data:restoreBackup', { file }, `Restoring ${file}`, (f) => (f === 'file' ? 'BACKUP' : undefined));
    if (ctx.json) return ctx.printJson(result);
    ctx.print(`Restored the journal from ${result.restoredFrom}. The journal as it was is saved as ${result.safetyBackup.file}.`);
  },
};

function backupName(path: string, folder: string): string {
  if (resolve(dirname(path)) !== resolve(folder)) {
    throw userError(`restore: ${path} is not in the backup folder (${folder}). To bring in another journal's entries, use scopebook import.`, 'invalid_input');
  }
  return basename(path);
}
