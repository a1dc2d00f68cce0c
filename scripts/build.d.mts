import type { BuildOptions } from 'esbuild';

/** The repository root. */
export const ROOT: string;
/** The esbuild options of the Electron main, browser host, jobs worker and preload bundles. */
export function bundleOptions(outDir?: string): { electron: BuildOptions; web: BuildOptions; jobsWorker: BuildOptions; preload: BuildOptions };
/** Builds all bundles and the renderer into dist/. */
export function buildAll(): Promise<void>;
