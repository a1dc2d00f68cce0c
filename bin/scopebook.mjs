#!/usr/bin/env node
/**
 * The `scopebook` command. Runs the bundled CLI (dist/cli.js), rebuilding it first when a
 * source file it was built from has changed (so `npx scopebook` works on a fresh clone after
 * `npm install`, with no build step). Without esbuild or a writable dist/, it falls back to
 * running the TypeScript sources through tsx.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CLI_BUNDLE, CLI_INPUTS, ROOT, buildCli } from './build-cli.mjs';

const require = createRequire(import.meta.url);
const SOURCE = join(ROOT, 'main', 'cli', 'entry.ts');

/** Whether dist/cli.js exists and is at least as new as every file it was built from. */
function bundleIsFresh() {
  if (!existsSync(CLI_BUNDLE)) return false;
  if (!existsSync(SOURCE)) return true; // An installed package: the bundle is all there is.
  try {
    const built = statSync(CLI_BUNDLE).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(CLI_INPUTS, 'utf8'));
    return inputs.every((file) => statSync(file).mtimeMs <= built);
  } catch {
    return false;
  }
}

async function loadCli() {
  if (bundleIsFresh()) return { cli: require(CLI_BUNDLE), workerFile: CLI_BUNDLE };
  try {
    await buildCli();
    return { cli: require(CLI_BUNDLE), workerFile: CLI_BUNDLE };
  } catch (err) {
    if (process.env.SCOPEBOOK_DEBUG) console.error(`scopebook: could not bundle the CLI; running from source.`, err);
    const { register } = await import('tsx/cjs/api');
    register();
    return { cli: require(SOURCE), workerFile: null };
  }
}

process.stdout.on('error', (err) => {
  // `scopebook list | head` closes the pipe early: that is not a failure.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

let cli;
let workerFile;
try {
  ({ cli, workerFile } = await loadCli());
} catch (err) {
  console.error(`scopebook: cannot start: ${String(err?.message ?? err).split('\n')[0]}`);
  if (process.env.SCOPEBOOK_DEBUG) console.error(err);
  process.exit(2);
}
process.exitCode = await cli.run(process.argv.slice(2), workerFile);
