/**
 * A private build of the browser host and the renderer for the UI benchmark, in its own
 * folder: building into dist/ would pull the app from under anyone running the e2e tests.
 * Same bundle options and Vite config as `npm run build`, only the output folder differs.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Builds `outDir/main/web.js` and `outDir/renderer/`; returns the host script's path. */
export async function buildForBench(outDir: string): Promise<string> {
  const { bundleOptions, ROOT } = await import('../scripts/build.mjs');
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build(bundleOptions(outDir).web);
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, 'renderer', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(outDir, 'renderer'), emptyOutDir: true },
  });
  const host = join(outDir, 'main', 'web.js');
  if (!existsSync(host) || !existsSync(join(outDir, 'renderer', 'index.html'))) throw new Error(`The build did not produce ${host}`);
  return host;
}
