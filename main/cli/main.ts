/**
 * `scopebook`: finds the command, parses its flags, runs it against the journal and turns
 * every failure into one line on stderr and an exit code (0 ok, 1 user error, 2 storage or
 * internal error). Never prints a stack trace unless SCOPEBOOK_DEBUG is set.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { version } from '../../package.json';
import { journalFile } from '../core/paths';
import { parseCommandArgs, str } from './args';
import { colourOn, painter } from './color';
import type { Command, CommandContext } from './command';
import { COMMANDS, isGroup } from './commands';
import { CliError, EXIT_OK, EXIT_STORAGE, fromApiError, userError } from './errors';
import type { CliIo } from './io';
import { chooseDataDir, lazyJournal } from './journal';
import { callWithProgress } from './long-call';
import { didYouMean } from './near';

export interface RunOptions {
  /** The bundled CLI (dist/cli.js), which doubles as the worker for long calls; null runs them inline. */
  workerFile: string | null;
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions): Promise<number> {
  const wantsJson = argv.includes('--json');
  try {
    return await dispatch(argv, io, options);
  } catch (err) {
    const failure = err instanceof CliError ? err : null;
    const code = failure?.exitCode ?? EXIT_STORAGE;
    const message = failure ? failure.message : `Unexpected failure: ${(err as Error)?.message ?? String(err)}`;
    const oneLine = message.replace(/\s*\n\s*/g, ' ');
    io.writeErr(wantsJson ? `${JSON.stringify({ error: { code: failure?.code ?? 'internal', message: oneLine } })}\n` : `scopebook: ${oneLine}\n`);
    if (!failure && io.env.SCOPEBOOK_DEBUG) io.writeErr(`${(err as Error)?.stack ?? ''}\n`);
    return code;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, options: RunOptions): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return printed(io, topHelp());
  if (first === '--version' || first === '-V' || first === 'version') return printed(io, `${version}\n`);
  if (first === 'help') return printed(io, rest.length ? helpFor(rest) : topHelp());

  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) {
    const hint = first.startsWith('-') ? ' Put the command first, e.g. scopebook list --json.' : didYouMean(first, COMMANDS.map((c) => c.name));
    throw userError(`unknown command "${first}".${hint} Run scopebook --help for the list.`, 'bad_command');
  }
  let command: Command;
  let args = rest;
  if (isGroup(entry)) {
    const sub = entry.subcommands.find((c) => c.name === `${entry.name} ${rest[0]}`);
    if (sub) {
      command = sub;
      args = rest.slice(1);
    } else if (rest[0] === '--help' || rest[0] === '-h') {
      return printed(io, entry.help);
    } else if (rest[0] !== undefined && !rest[0].startsWith('-')) {
      const names = entry.subcommands.map((c) => c.name.split(' ')[1]!);
      throw userError(`unknown command "${entry.name} ${rest[0]}".${didYouMean(rest[0], names)} Commands: ${names.join(', ')}.`, 'bad_command');
    } else {
      command = entry.fallback;
    }
  } else {
    command = entry;
  }

  const parsed = parseCommandArgs(args, command.options, command.name, command.maxPositionals);
  if (parsed.values.help) return printed(io, command.help);

  const dataDir = chooseDataDir(str(parsed.values, 'data-dir'), io.env, io.cwd);
  // A dry run writes nothing: where there is no journal yet, it previews against an empty
  // scratch journal in the temporary folder (removed afterwards) instead of creating
  // scopebook.db and backups/ in the chosen folder.
  const scratch = parsed.values['dry-run'] === true && command.creates && !existsSync(journalFile(dataDir)) ? mkdtempSync(join(tmpdir(), 'scopebook-dry-run-')) : null;
  const journal = lazyJournal(scratch ?? dataDir, command.creates);
  const json = parsed.values.json === true;
  const colour = colourOn(io);
  const ctx: CommandContext = {
    io,
    dataDir,
    json,
    colour,
    paint: painter(colour),
    width: io.columns,
    now: io.now(),
    journal: journal.get,
    async long(channel, input, label, flagFor) {
      const result = await callWithProgress(journal.get(), channel, input, label, io, options.workerFile);
      if (!result.ok) throw fromApiError(result.error, flagFor);
      return result.value as never;
    },
    print: (line = '') => {
      if (!json) io.write(`${line}\n`);
    },
    printJson: (value) => io.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (line) => io.writeErr(`${line}\n`),
  };
  try {
    await command.run(ctx, parsed);
  } finally {
    journal.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  return EXIT_OK;
}

function printed(io: CliIo, text: string): number {
  io.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT_OK;
}

function helpFor(words: readonly string[]): string {
  const entry = COMMANDS.find((c) => c.name === words[0]);
  if (!entry) throw userError(`help: unknown command "${words[0]}".${didYouMean(words[0]!, COMMANDS.map((c) => c.name))}`, 'bad_command');
  if (!isGroup(entry)) return entry.help;
  return entry.subcommands.find((c) => c.name === `${entry.name} ${words[1]}`)?.help ?? entry.help;
}

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Scopebook ${version}: your work journal, from the terminal.

Usage: scopebook COMMAND [options]

Commands:
${lines.join('\n')}

Every command takes:
  --data-dir DIR  The journal's folder. Default: the desktop app's (or $SCOPEBOOK_DATA_DIR).
  --json          Machine-readable output on stdout (errors become {"error":…} on stderr).
  -h, --help      The command's options and examples.

Exit codes: 0 done; 1 something to fix in the command (bad flag, unknown person,
invalid date, malformed file); 2 the journal could not be used (open in the app,
damaged, disk full) or an internal error.

Examples:
  scopebook add "Led the incident review" --level project --saw "Ana Lima:meeting" --star
  scopebook list --from "30 days ago" --min-level project
  scopebook review --last 6m --out review.md
`;
}
