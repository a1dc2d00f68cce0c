/**
 * Bundles the CLI (main/cli/entry.ts) into dist/cli.js with esbuild, and records which source
 * files went into it (dist/cli.inputs.json) so bin/scopebook.mjs can tell when it is stale.
 * Used lazily by the launcher and by scripts/build.mjs.
 */
import { mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli.js');
export const CLI_INPUTS = join(ROOT, 'dist', 'cli.inputs.json');

/** The esbuild options of the CLI bundle (CommonJS for Node 20; better-sqlite3 stays external). */
export function cliBundleOptions(outfile = CLI_BUNDLE) {
  return {
    entryPoints: [join(ROOT, 'main/cli/entry.ts')],
    outfile,
    bundle: true,
    absWorkingDir: ROOT,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'silent',
    legalComments: 'none',
    metafile: true,
  };
}

/**
 * Builds dist/cli.js through a temp file and a rename (several CLIs may build at once), dated
 * to when the build started so a source saved meanwhile still counts as newer.
 */
export async function buildCli() {
  const started = new Date();
  const esbuild = await import('esbuild');
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const temp = `${CLI_BUNDLE}.${process.pid}.tmp`;
  const result = await esbuild.build(cliBundleOptions(temp));
  const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(ROOT, p));
  inputs.push(fileURLToPath(import.meta.url));
  const tempInputs = `${CLI_INPUTS}.${process.pid}.tmp`;
  writeFileSync(tempInputs, JSON.stringify({ inputs }));
  utimesSync(temp, started, started);
  renameSync(tempInputs, CLI_INPUTS);
  renameSync(temp, CLI_BUNDLE);
}
