/**
 * Crash safety: a child process writes entries through the contract and is killed with
 * SIGKILL at a random moment, again and again, on the same journal. After every kill the
 * journal must open, pass quick_check, and hold every write that was acknowledged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../api';
import { ok, tempDir } from '../test-helpers';

const ITERATIONS = 25;
let buildDir: string;
let writer: string;

beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'scopebook-crash-'));
  writer = join(buildDir, 'crash-writer.cjs');
  buildSync({
    entryPoints: [resolve(__dirname, 'testing/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writer,
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
});

afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

interface Run {
  duringOpen: boolean;
  acked: string[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the writer and kills it at a random moment: sometimes while it opens, mostly mid-write. */
function runAndKill(journal: string): Promise<Run> {
  return new Promise((done) => {
    const child: ChildProcess = spawn(process.execPath, [writer, journal], {
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../../node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let pending = '';
    let stderr = '';
    let killing = false;
    const kill = (afterMs: number) => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), afterMs);
    };
    const duringOpen = Math.random() < 0.2;
    // Mid-work kills land after a random number of acknowledged writes plus a random delay,
    // so the moment varies however fast or slow the machine is.
    const afterAcks = 1 + Math.floor(Math.random() * 60);
    if (duringOpen) kill(Math.random() * 150);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (!line.startsWith('ack ')) continue;
        acked.push(line.slice(4));
        if (!duringOpen && acked.length >= afterAcks) kill(Math.random() * 5);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (_code, signal) => done({ duringOpen, acked, signal, stderr }));
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${ITERATIONS} SIGKILLs at random moments`, { timeout: 180_000 }, async () => {
    const journal = join(tempDir(), 'scopebook.db');
    const acknowledged: string[] = [];
    let midWork = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const run = await runAndKill(journal);
      if (!run.duringOpen) {
        midWork++;
        expect(run.acked.length).toBeGreaterThan(0);
      }
      expect(run.stderr).toBe('');
      expect(run.signal).toBe('SIGKILL');
      acknowledged.push(...run.acked);

      const core = openCore(journal);
      try {
        expect(core.db.pragma('quick_check', { simple: true })).toBe('ok');
        for (const id of run.acked) expect(ok(core, 'entries:get', { id }).tags).toEqual(['crash']);
        expect(ok(core, 'entries:count', {}).count).toBeGreaterThanOrEqual(acknowledged.length);
      } finally {
        core.close();
      }
    }
    expect(midWork).toBeGreaterThan(0);
    const core = openCore(journal);
    try {
      for (const id of acknowledged) ok(core, 'entries:get', { id });
    } finally {
      core.close();
    }
    console.info(`crash test: ${ITERATIONS} kills (${midWork} mid-write), ${acknowledged.length} acknowledged writes, all present`);
  });
});
