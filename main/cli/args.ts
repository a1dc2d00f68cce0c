/**
 * Flags, parsed with node:util parseArgs. Every command also takes --data-dir, --json and
 * --help. A mistake becomes one line naming the flag and the command's --help.
 */
import { parseArgs } from 'node:util';
import { userError } from './errors';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

/** Flags every command understands. */
const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Parsed {
  values: Values;
  positionals: string[];
}

/** Parses a command's arguments; `command` names it in error messages ("add", "people edit"). */
export function parseCommandArgs(args: readonly string[], options: OptionSpecs, command: string, maxPositionals: number): Parsed {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    }) as { values: Values; positionals: string[] };
  } catch (err) {
    throw userError(`${command}: ${describeParseError(err)} (see scopebook ${command} --help)`, 'bad_flag');
  }
  if (!parsed.values.help && parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals]!;
    const what = maxPositionals === 0 ? 'takes no arguments' : `takes at most ${maxPositionals} argument${maxPositionals === 1 ? '' : 's'}`;
    throw userError(`${command}: unexpected argument "${extra}": the command ${what}; quote text that has spaces (see scopebook ${command} --help)`, 'bad_flag');
  }
  return parsed;
}

function describeParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = String((err as Error).message ?? err).split('\n')[0]!;
  // "Option '-l, --level <value>' argument missing" names the long form after the short one.
  const name = /'(?:-\w, )?(-[^' ,]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${name ?? message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|ambiguous/.test(message)) return `${name} needs a value`;
      if (/does not take an argument/.test(message)) return `${name} does not take a value`;
      return message;
    default:
      return message;
  }
}

/** A string flag's value (the last one when given twice). */
export function str(values: Values, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v.length ? String(v[v.length - 1]) : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable string flag's values (empty when not given). */
export function strs(values: Values, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/** A boolean flag: true, false (--no-…) or undefined when not given. */
export function bool(values: Values, name: string): boolean | undefined {
  const v = values[name];
  return typeof v === 'boolean' ? v : undefined;
}

/** A whole number flag within bounds. */
export function int(values: Values, name: string, min: number, max: number): number | undefined {
  const raw = str(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) throw userError(`--${name}: "${raw}" must be a whole number from ${min} to ${max}`, 'bad_flag');
  return n;
}
