#!/usr/bin/env node
/**
 * Which Node.js versions Scopebook supports, in one place: package.json's `engines`, README and
 * .ci/run agree with this list (scripts/node-support.test.ts checks the first two).
 *   - Tests, the browser mode, the CLI and the build run on Node 20.19+, 22.13+ and 24
 *     (ESLint and Vitest support no other lines; Node 21 and 23 are not supported).
 *   - Making installers (`npm run dist`) needs what Electron's own packaging tools declare:
 *     electron, @electron/fuses, @electron/get and @electron/rebuild require Node 22.12+.
 * No dependencies: .ci/run calls this before `npm ci`.
 * Usage: node scripts/node-support.mjs [--dist]   (exit 1 with a one-line reason when unsupported)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Supported release lines: [major, lowest minor]; within a line any later minor/patch. */
export const NODE_LINES = [
  [20, 19],
  [22, 13],
  [24, 0],
];
/** The lowest Node that Electron's packaging tools declare support for. */
export const DIST_MINIMUM = [22, 12];

/** package.json's `engines.node` for NODE_LINES. */
export function enginesRange() {
  return NODE_LINES.map(([major, minor]) => `^${major}.${minor}.0`).join(' || ');
}

function parse(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  return { major: major ?? 0, minor: minor ?? 0 };
}

/** Whether tests, build, CLI and browser mode are supported on this Node version ("20.20.2" or "v20.20.2"). */
export function supportsNode(version) {
  const { major, minor } = parse(version);
  return NODE_LINES.some(([m, lowest]) => major === m && minor >= lowest);
}

/** Whether Electron's packaging tools support this Node version. */
export function supportsDist(version) {
  const { major, minor } = parse(version);
  return supportsNode(version) && (major > DIST_MINIMUM[0] || (major === DIST_MINIMUM[0] && minor >= DIST_MINIMUM[1]));
}

/** The human wording used in messages and README. */
export const SUPPORTED_WORDS = 'Node.js 20.19+, 22.13+ or 24';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const version = process.versions.node;
  if (process.argv.includes('--dist')) {
    if (!supportsDist(version)) {
      console.error(`Node ${version}: making installers needs Node 22.13+ or 24 (Electron's packaging tools require Node 22.12 or newer).`);
      process.exit(1);
    }
  } else if (!supportsNode(version)) {
    console.error(`Node ${version} is not supported: Scopebook needs ${SUPPORTED_WORDS}.`);
    process.exit(1);
  }
}
