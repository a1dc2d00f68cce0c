/** What a command is, and what it gets to run: output helpers, the journal and long calls. */
import type { Channel } from '../../common/contract';
import type { OptionSpecs, Parsed } from './args';
import type { Paint } from './color';
import type { CliIo } from './io';
import type { CliJournal, FlagFor, InputOf, ValueOf } from './journal';

export interface CommandContext {
  io: CliIo;
  /** The journal's folder (what --data-dir chose), for commands that must not open it. */
  dataDir: string;
  /** --json: one JSON value on stdout, nothing else. */
  json: boolean;
  paint: Paint;
  /** Whether stdout gets colour (a terminal, NO_COLOR unset). */
  colour: boolean;
  /** Terminal width for tables, or null when stdout is not a terminal. */
  width: number | null;
  now: Date;
  /** The journal, opened on first use. */
  journal(): CliJournal;
  /** Runs a long call (import, export, backup, restore), with a progress bar on a terminal. */
  long<C extends Channel>(channel: C, input: InputOf<C>, label: string, flagFor?: FlagFor): Promise<ValueOf<C>>;
  /** A line on stdout (suppressed with --json). */
  print(line?: string): void;
  /** The one JSON value of --json output. */
  printJson(value: unknown): void;
  /** A remark for the person (stderr), e.g. "created Ana": never mixes into stdout. */
  note(line: string): void;
}

export interface Command {
  /** "add", or "people add" for a subcommand. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full --help text: usage, options and examples. */
  help: string;
  options: OptionSpecs;
  maxPositionals: number;
  /** Whether the command may create a journal where there is none. */
  creates: boolean;
  run(ctx: CommandContext, parsed: Parsed): Promise<void> | void;
}

/** A command with subcommands (`people add`); `fallback` runs when none is named. */
export interface CommandGroup {
  name: string;
  summary: string;
  help: string;
  subcommands: Command[];
  fallback: Command;
}
