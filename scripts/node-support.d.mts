/** Supported Node release lines: [major, lowest minor]. */
export const NODE_LINES: ReadonlyArray<readonly [number, number]>;
/** The lowest Node that Electron's packaging tools declare support for. */
export const DIST_MINIMUM: readonly [number, number];
/** package.json's `engines.node` for NODE_LINES. */
export function enginesRange(): string;
/** Whether tests, build, CLI and browser mode are supported on this Node version. */
export function supportsNode(version: string): boolean;
/** Whether Electron's packaging tools support this Node version. */
export function supportsDist(version: string): boolean;
export const SUPPORTED_WORDS: string;
