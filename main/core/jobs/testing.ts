/**
 * Test helper: builds the jobs worker from the TypeScript sources with the app's own esbuild
 * options (scripts/build.mjs), once per test file, under node_modules/.cache so the bundle
 * finds better-sqlite3 exactly as dist/main/jobs-worker.js does.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import { bundleOptions, ROOT } from '../../../scripts/build.mjs';

/** Builds the worker before the file's tests; returns a getter for its path. Removed afterwards. */
export function useBuiltWorker(): () => string {
  const outDir = join(ROOT, 'node_modules', '.cache', `scopebook-jobs-test-${process.pid}`);
  let file = '';
  beforeAll(async () => {
    const options = bundleOptions(outDir).jobsWorker;
    await esbuild.build({ ...options, sourcemap: false, logLevel: 'silent' });
    file = options.outfile!;
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  return () => file;
}
