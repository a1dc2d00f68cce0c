/** `import-git`: candidate entries from a local git repository, into Triage (evidence:*). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CoreError } from '../core/errors';
import { hasGitBinary, jsReader } from '../core/evidence/git-reader';
import { bool, str, strs } from './args';
import type { Command } from './command';
import { parseDay } from './dates';
import { userError } from './errors';
import { plural } from './format';
import type { GitImportPreview, GitImportResult } from '../../common/contract';

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

The git program is used when it is installed. Without it, a pure-JavaScript reader
(isomorphic-git) reads the history of HEAD instead: no line counts, no .mailmap.

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
  async run(ctx, { values, positionals }) {
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
    const dryRun = bool(values, 'dry-run') === true;
    if (!hasGitBinary()) {
      const mine = authors.length ? authors : journal.call('evidence:myEmails', {});
      if (mine.length === 0) throw userError('import-git: say whose commits to read with --author EMAIL (or set your emails in the app)', 'invalid_input');
      let commits;
      try {
        commits = await jsReader.commits(path, { authors: mine, since: input.since, until: input.until });
      } catch (e) {
        if (e instanceof CoreError) throw userError(`import-git: ${e.message}`, 'invalid_input');
        throw e;
      }
      const plain = { repository: jsReader.repositoryName(path), authors: mine, commits };
      if (dryRun) return printPreview(ctx, journal.call('evidence:previewCommits', plain, flagFor));
      return printResult(ctx, journal.call('evidence:importCommits', plain, flagFor));
    }
    if (dryRun) {
      const preview = journal.call('evidence:previewGit', input, flagFor);
      return printPreview(ctx, preview);
    }
    return printResult(ctx, journal.call('evidence:importGit', input, flagFor));
  },
};

type Ctx = Parameters<Command['run']>[0];

function printPreview(ctx: Ctx, preview: GitImportPreview): void {
  if (ctx.json) return ctx.printJson(preview);
  ctx.print(`Dry run: nothing was written. ${preview.repository}: ${plural(preview.commits, 'commit')} of yours` +
    (preview.alreadyImported ? ` (${preview.alreadyImported} read before)` : '') + ` would give ${plural(preview.candidates.length, 'candidate entry', 'candidate entries')}` +
    (preview.reader === 'isomorphic-git' ? ' (git is not installed: read with isomorphic-git, HEAD only, no line counts).' : '.'));
  for (const c of preview.candidates.slice(0, 20)) ctx.print(`  ${c.occurredOn}  ${c.title}`);
}

function printResult(ctx: Ctx, result: GitImportResult): void {
  if (ctx.json) return ctx.printJson(result);
  ctx.print(`${result.repository}: ${plural(result.candidates, 'candidate entry', 'candidate entries')} from ${plural(result.commits, 'new commit')} added to Triage.`);
}
