/**
 * What a person at a terminal sees: colour and a progress bar. `script` (util-linux) gives the
 * CLI a pseudo-terminal; stdout and stderr both arrive in its output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ok, runCommand, tempDataDir } from './test-cli';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const ESC = '\u001b[';

/** Runs `scopebook ARGS` on a pseudo-terminal. */
function onTerminal(dir: string, args: string[], env: Record<string, string> = {}) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return runCommand('script', ['-qec', quoted, '/dev/null'], dir, { env: { COLUMNS: '120', ...env } });
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('colours the table, and not with NO_COLOR', async () => {
    const dir = tempDataDir();
    await ok(dir, ['add', 'Led the incident review', '-l', 'project', '--star']);
    const coloured = await onTerminal(dir, ['list']);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain(`${ESC}32m▲ Project${ESC}39m`);
    const plain = await onTerminal(dir, ['list'], { NO_COLOR: '1' });
    expect(plain.stdout).toContain('▲ Project');
    expect(plain.stdout).not.toContain(ESC);
  });

  it('shows a progress bar during an export, then clears it before the result', async () => {
    const dir = tempDataDir();
    await ok(dir, ['add', 'Something to export']);
    const out = join(dir, 'export.json');
    const run = await onTerminal(dir, ['export', '--format', 'json', '--out', out]);
    expect(run.code).toBe(0);
    // Each frame starts by returning to the line's start and clearing it; the last frame clears the bar.
    const frames = run.stdout.split(`\r${ESC}2K`);
    expect(frames.slice(1, -1).length).toBeGreaterThan(0);
    for (const frame of frames.slice(1, -1)) expect(frame).toMatch(/^\[[ █]{24}\] Exporting JSON… \d+\.\ds$/);
    expect(frames.at(-1)).toMatch(/^Exported 1 entry \(.*\) to .*export\.json\r?\n$/);
  });
});
