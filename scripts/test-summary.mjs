#!/usr/bin/env node
/**
 * Sums the test runners' JSON reports (vitest.json, playwright.json and packaging.json, the
 * packaging test's Vitest report, in one folder) into the
 * line CI ends with: `N passed, N failed, N skipped`. A report that is missing or unreadable
 * counts as one failure, so a crashed runner can never look green.
 * Usage: node scripts/test-summary.mjs <report-dir>   (exit code 1 when anything failed)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Counts from Vitest's JSON reporter (Jest-compatible shape). */
export function countVitest(report) {
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load has no failed test but a failed suite.
  if (report.success === false && failed === 0) failed = Math.max(1, report.numFailedTestSuites ?? 0);
  return { passed, failed, skipped };
}

/** Counts from Playwright's JSON reporter; flaky tests passed on retry. Global errors count as failures. */
export function countPlaywright(report) {
  const s = report.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: s.skipped ?? 0,
  };
}

const RUNNERS = [
  { name: 'Vitest', file: 'vitest.json', count: countVitest },
  { name: 'Playwright', file: 'playwright.json', count: countPlaywright },
  { name: 'Packaging', file: 'packaging.json', count: countVitest },
];

/** Sums every runner's report in `dir`; `notes` says which reports were missing. */
export function summarize(dir) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const notes = [];
  for (const runner of RUNNERS) {
    let counts;
    try {
      counts = runner.count(JSON.parse(readFileSync(join(dir, runner.file), 'utf8')));
    } catch {
      notes.push(`${runner.name}: no report (it did not run or crashed), counted as 1 failed`);
      counts = { passed: 0, failed: 1, skipped: 0 };
    }
    notes.push(`${runner.name}: ${formatCounts(counts)}`);
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  return { ...total, notes };
}

/** The summary line. */
export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: node scripts/test-summary.mjs <report-dir>');
    process.exit(2);
  }
  const result = summarize(dir);
  for (const note of result.notes) console.log(note);
  console.log(formatCounts(result));
  process.exit(result.failed > 0 ? 1 : 0);
}
