/** `import-git`: candidate entries from a local git repository, into Triage (evidence:*). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bool, str, strs } from './args';
import type { Command } from './command';
import { parseDay } from './dates';
import { userError } from './errors';
import { plural } from './format';

const flagFor = (field: string) =>
  field === 'path' ? 'PATH' : field.startsWith('authors') ? '--author' : field === 'since' ? '--since' : field === 'until' ? '--until' : undefined;

export const importGitCommand: Command = {
  name: 'import-git',
  summary: 'Propose entries from your commits in a local git repository (to Triage)',
  creates: true,
  maxPositionals: 1,
  options: { author: { type: 'string', multiple: true }, since: { type: 'string' }, until: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  help: `Usage: scopebook import-git PATH [--author EMAIL …] [--since DATE] [--until DATE] [--dry-run] [--json]

Reads a local git repository (a working copy or a bare repository) and turns your
commits into candidate entries, one per day and topic, waiting in the app's Triage.
Only commits authored by your emails count (.mailmap honoured); re-running adds only
commits not read before. Nothing leaves your computer.

Options:
      --author EMAIL   Your email as a commit author (repeatable; default: the ones in Settings).
      --since DATE     Only commits from this day on.
      --until DATE     Only commits up to this day.
      --dry-run        Only say what would be proposed; write nothing.
      --json           The preview (with --dry-run) or the result as JSON.
      --data-dir DIR   The journal's folder (default: the app's).

Examples:
  scopebook import-git ~/src/payments --author me@work.com --since "1 month ago" --dry-run
`,
  run(ctx, { values, positionals }) {
    const dir = positionals[0];
    if (!dir) throw userError('import-git: say which repository to read, e.g. scopebook import-git ~/src/app', 'invalid_input');
    const path = resolve(ctx.io.cwd, dir);
    if (!existsSync(path)) throw userError(`import-git: ${path} does not exist`, 'not_found');
    const since = str(values, 'since');
    const until = str(values, 'until');
    const authors = strs(values, 'author');
    const input = {
      path,
      ...(authors.length ? { authors } : {}),
      ...(since ? { since: parseDay(since, ctx.now, '--since') } : {}),
      ...(until ? { until: parseDay(until, ctx.now, '--until') } : {}),
    };
    const journal = ctx.journal();
    if (bool(values, 'dry-run')) {
      const preview = journal.call('evidence:previewGit', input, flagFor);
      if (ctx.json) return ctx.printJson(preview);
      ctx.print(`Dry run: nothing was written. ${preview.repository}: ${plural(preview.commits, 'commit')} of yours` +
        (preview.alreadyImported ? ` (${preview.alreadyImported} read before)` : '') + ` would give ${plural(preview.candidates.length, 'candidate entry', 'candidate entries')}.`);
      for (const c of preview.candidates.slice(0, 20)) ctx.print(`  ${c.occurredOn}  ${c.title}`);
      return;
    }
    const result = journal.call('evidence:importGit', input, flagFor);
    if (ctx.json) return ctx.printJson(result);
    ctx.print(`${result.repository}: ${plural(result.candidates, 'candidate entry', 'candidate entries')} from ${plural(result.commits, 'new commit')} added to Triage.`);
  },
};
