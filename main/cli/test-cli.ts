/**
 * For the CLI's tests: runs the real `scopebook` (bin/scopebook.mjs) as a child process
 * against a temp journal, and opens that journal through the core to check what it holds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Channel } from '../../common/contract';
import { openCore } from '../core/api';
import { journalFile } from '../core/paths';
import type { InputOf, ValueOf } from './journal';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'scopebook.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Sent on stdin (stdin is closed either way, so it is never a terminal). */
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** A fresh folder for a journal, removed when the test ends. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scopebook-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `scopebook ARGS` with SCOPEBOOK_DATA_DIR set to `dataDir`. */
export function runCli(dataDir: string | null, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return runCommand(process.execPath, [BIN, ...args], dataDir, options);
}

/** Runs any command with the CLI's test environment (no colour settings inherited, fixed width). */
export function runCommand(file: string, args: readonly string[], dataDir: string | null, options: RunOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, SCOPEBOOK_DEBUG: undefined };
  if (dataDir) env.SCOPEBOOK_DATA_DIR = dataDir;
  else delete env.SCOPEBOOK_DATA_DIR;
  Object.assign(env, options.env);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((done, fail) => {
    const child = spawn(file, [...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI and fails with its output unless it exited 0. */
export async function ok(dataDir: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const run = await runCli(dataDir, args, options);
  if (run.code !== 0) throw new Error(`scopebook ${args.join(' ')} exited ${run.code}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  return run;
}

/** Runs the CLI with --json and parses stdout. */
export async function okJson<T = unknown>(dataDir: string, args: readonly string[], options: RunOptions = {}): Promise<T> {
  return JSON.parse((await ok(dataDir, [...args, '--json'], options)).stdout) as T;
}

/** Calls the journal in `dataDir` through the core (after the CLI has exited and let go of it). */
export function inJournal<C extends Channel>(dataDir: string, channel: C, input: InputOf<C>): ValueOf<C> {
  const core = openCore(journalFile(dataDir));
  try {
    const result = core.call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value as ValueOf<C>;
  } finally {
    core.close();
  }
}
