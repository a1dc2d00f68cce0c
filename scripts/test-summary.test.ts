import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './build.mjs';
import { formatCounts, summarize } from './test-summary.mjs';

/**
 * Runs the real runners on tiny suites with known outcomes and checks the summary adds them
 * up, so a change in either reporter's JSON format is caught here.
 */
let work: string;
let reports: string;

beforeAll(() => {
  mkdirSync(join(ROOT, '.scopebook-dev'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.scopebook-dev', 'summary-test-'));
  reports = join(work, 'reports');
  mkdirSync(join(work, 'unit'), { recursive: true });
  mkdirSync(join(work, 'e2e'), { recursive: true });
  mkdirSync(reports);
  writeFileSync(
    join(work, 'unit', 'sample.test.mjs'),
    `import { it, expect } from 'vitest';
it('passes', () => expect(1).toBe(1));
it('passes too', () => expect(2).toBe(2));
it('fails', () => expect(1).toBe(2));
it.skip('is skipped', () => {});
it.todo('is a todo');
`,
  );
  writeFileSync(join(work, 'unit', 'vitest.config.mjs'), `export default { test: { include: ['*.test.mjs'] } };`);
  writeFileSync(
    join(work, 'e2e', 'sample.spec.mjs'),
    `import { test, expect } from '@playwright/test';
test('passes', () => expect(1).toBe(1));
test('fails', () => expect(1).toBe(2));
test.skip('is skipped', () => {});
`,
  );
  writeFileSync(
    join(work, 'e2e', 'pw.config.mjs'),
    `export default { testDir: '.', testMatch: '*.spec.mjs', reporter: [['json', { outputFile: ${JSON.stringify(join(reports, 'playwright.json'))} }]] };`,
  );
  spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', join(work, 'unit'), '--config', join(work, 'unit', 'vitest.config.mjs'), '--reporter=json', `--outputFile=${join(reports, 'vitest.json')}`], {
    cwd: join(work, 'unit'),
    encoding: 'utf8',
  });
  // The packaging step's report is Vitest's format too.
  copyFileSync(join(reports, 'vitest.json'), join(reports, 'packaging.json'));
  spawnSync(process.execPath, [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--config', join(work, 'e2e', 'pw.config.mjs')], {
    cwd: join(work, 'e2e'),
    encoding: 'utf8',
  });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('test summary', () => {
  it('adds up passed, failed and skipped tests over Vitest, Playwright and the packaging step', () => {
    const summary = summarize(reports);
    expect({ passed: summary.passed, failed: summary.failed, skipped: summary.skipped }).toEqual({ passed: 5, failed: 3, skipped: 5 });
    expect(formatCounts(summary)).toBe('5 passed, 3 failed, 5 skipped');
    expect(summary.notes).toContain('Packaging: 2 passed, 1 failed, 2 skipped');
  });

  it('counts a runner without a report as a failure', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const summary = summarize(empty);
    expect(summary.failed).toBe(3);
    expect(summary.notes.join('\n')).toMatch(/Vitest: no report/);
    expect(summary.notes.join('\n')).toMatch(/Packaging: no report/);
  });

  it('prints the total as the last line and exits non-zero on failures', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/test-summary.mjs'), reports], { encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').at(-1)).toBe('5 passed, 3 failed, 5 skipped');
    expect(run.status).toBe(1);
  });
});
