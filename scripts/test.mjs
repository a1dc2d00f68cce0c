#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit tests (Vitest), then build, end-to-end tests (Playwright) and
 * the packaging test (electron-builder lays out the Linux app against a stub Electron, offline;
 * scripts/packaged-app.test.ts).
 * Every step runs even when an earlier one failed, so one run shows everything; the runners
 * write JSON reports to SCOPEBOOK_REPORT_DIR (a temp folder by default) and the last line
 * printed is their sum: `N passed, N failed, N skipped`. Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build.mjs';
import { formatCounts, summarize } from './test-summary.mjs';

const reportDir = process.env.SCOPEBOOK_REPORT_DIR || mkdtempSync(join(tmpdir(), 'scopebook-reports-'));
const env = { ...process.env, SCOPEBOOK_REPORT_DIR: reportDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

/** Runs one command in the foreground; true when it succeeded. */
function run(label, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

const steps = [];
const step = (name, ok) => steps.push({ name, ok });

step(
  'typecheck',
  ['tsconfig.json', 'renderer/tsconfig.json', 'preload/tsconfig.json']
    .map((project) => run(`typecheck ${project}`, [bin('typescript', 'bin/tsc'), '-p', project]))
    .every(Boolean),
);
step('lint', run('lint', [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.']));
step(
  'unit',
  run('unit tests (vitest)', [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reportDir, 'vitest.json')}`]),
);
const built = run('build', [join(ROOT, 'scripts', 'build.mjs')]);
step('build', built);
step('e2e', built && run('end-to-end tests (playwright)', [bin('@playwright/test', 'cli.js'), 'test']));
step(
  'packaging',
  built &&
    run(
      'packaging test (electron-builder --linux against a stub Electron, offline)',
      [bin('vitest', 'vitest.mjs'), 'run', '--config', 'vitest.packaging.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reportDir, 'packaging.json')}`],
      { SCOPEBOOK_PACKAGING_PREBUILT: '1' },
    ),
);

const summary = summarize(reportDir);
console.log('');
console.log(steps.map((s) => `${s.name}: ${s.ok ? 'ok' : 'FAILED'}`).join(' · '));
for (const note of summary.notes) console.log(note);
console.log(formatCounts(summary));
process.exit(steps.every((s) => s.ok) && summary.failed === 0 ? 0 : 1);
