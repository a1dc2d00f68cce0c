import type { BuildOptions } from 'esbuild';

/** The repository root. */
export const ROOT: string;
/** Where the app is built: dist/, or SCOPEBOOK_DIST. */
export const DIST: string;
/** The esbuild options of the Electron main, browser host, jobs worker and preload bundles. */
export function bundleOptions(outDir?: string): { electron: BuildOptions; web: BuildOptions; jobsWorker: BuildOptions; preload: BuildOptions };
/** A hash over every build input (sources, lockfile, build script) under `root`; test files left out. */
export function inputsHash(root?: string): string;
/** True when `dist` holds a build of exactly the inputs with this hash. */
export function buildIsCurrent(hash?: string, dist?: string): boolean;
/** Builds unless dist/ already holds a build of the current inputs; true when it built. */
export function buildIfChanged(): Promise<boolean>;
/** Builds all bundles and the renderer into dist/. */
export function buildAll(hash?: string): Promise<void>;
