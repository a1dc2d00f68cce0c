// The layers of Scopebook and what each may import: an allowlist, checked by
// eslint-plugin-boundaries (rule `boundaries/dependencies`, default "disallow"). A folder that is
// not listed here (e2e/, bench/, scripts/) is tooling and is not checked.
//
//   common        pure TypeScript for every process: imports nothing of ours
//   core          main/core, the journal engine (and the jobs worker in main/core/jobs): common
//   host-shared   main/shared, Node code both hosts use to serve the renderer: core, common
//   electron      main/electron, the desktop host: core, common, host-shared
//   web           main/web, the browser host: core, common, host-shared
//   cli           main/cli, the command line: core, common
//   preload       the sandboxed preload: common only
//   renderer      renderer/src, the page: common only
//
// Packages: Node-side layers may use Node's built-ins, the runtime `dependencies` of
// package.json (better-sqlite3, the one module the app loads from node_modules) and the
// packages esbuild bundles into dist/ (BUNDLED_FOR_NODE: devDependencies, so the installer
// does not ship them a second time, see electron-builder.yml); only the desktop host and the
// preload may use electron; the renderer may use React, TipTap, TanStack, date-fns and
// d3-scale / d3-shape (the Growth charts); common only zod and date-fns. Test files (and test
// helpers) may also use the test tools and the build scripts (build.mjs, icons.mjs).

/** Element types, in the order they are matched (a file belongs to the first that matches). */
const ELEMENTS = [
  { type: 'common', pattern: 'common' },
  { type: 'core', pattern: 'main/core' },
  { type: 'host-shared', pattern: 'main/shared' },
  { type: 'electron', pattern: 'main/electron' },
  { type: 'web', pattern: 'main/web' },
  { type: 'cli', pattern: 'main/cli' },
  { type: 'preload', pattern: 'preload' },
  { type: 'renderer', pattern: 'renderer/src' },
];
const LAYERS = ELEMENTS.map((e) => e.type);

/** Tests and test helpers inside the layers (tests in e2e/, bench/ and scripts/ are tooling, not checked). */
const TEST_FILES = ['*.test.ts', '*.test.tsx', 'testing/**', 'testing.ts', 'test-*.ts', 'test-*.tsx'].map((p) => `{common,main,preload,renderer}/**/${p}`);
const TEST_PACKAGES = ['vitest', 'fast-check', 'esbuild'];

export const layerSettings = {
  'boundaries/elements': ELEMENTS.map((e) => ({ ...e, partialMatch: false })),
  'boundaries/files': [
    { category: 'test', pattern: TEST_FILES },
    { category: 'build-script', pattern: ['scripts/build.mjs', 'scripts/icons.mjs'] },
    { category: 'manifest', pattern: 'package.json' },
  ],
  'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.json'] } },
  'boundaries/legacy-warnings': false,
};

const layer = (type) => ({ element: { type } });
const packages = (...source) => ({ module: { origin: 'external', source } });
const nodeBuiltins = { module: { origin: 'core' } };

/** Packages the Node-side bundles (desktop main, jobs worker, browser host, CLI) carry inside them. */
const BUNDLED_FOR_NODE = ['date-fns', 'zod', 'ical.js', 'isomorphic-git'];

/** The policies for `boundaries/dependencies`, given package.json (its runtime dependencies). */
export function layerPolicies(pkg) {
  const runtime = [...Object.keys(pkg.dependencies ?? {}), ...BUNDLED_FOR_NODE];
  const node = (from, ours, extra = [], files = []) => ({
    from: layer(from),
    allow: { to: [...ours.map(layer), nodeBuiltins, packages(...runtime, ...extra), ...files] },
  });
  return [
    { from: layer('common'), allow: { to: [layer('common'), packages('zod', 'date-fns')] } },
    node('core', ['core', 'common']),
    node('host-shared', ['host-shared', 'core', 'common']),
    node('electron', ['electron', 'host-shared', 'core', 'common'], ['electron']),
    node('web', ['web', 'host-shared', 'core', 'common']),
    node('cli', ['cli', 'core', 'common'], [], [{ file: { categories: 'manifest' } }]),
    { from: layer('preload'), allow: { to: [layer('preload'), layer('common'), packages('electron')] } },
    {
      from: layer('renderer'),
      allow: { to: [layer('renderer'), layer('common'), packages('react', 'react-dom', '@tiptap/*', '@tanstack/*', 'date-fns', 'd3-scale', 'd3-shape')] },
    },
    // Tests and test helpers of any layer: the test tools, Node, and the build script.
    {
      from: { element: { types: LAYERS }, file: { categories: 'test' } },
      allow: { to: [packages(...TEST_PACKAGES), nodeBuiltins, { file: { categories: 'build-script' } }] },
    },
    // The build script and package.json are named only so that layers can be allowed them; they are tooling.
    {
      from: { file: { categories: ['build-script', 'manifest'] } },
      allow: { to: { module: { origin: ['local', 'external', 'core'] } } },
    },
  ];
}
