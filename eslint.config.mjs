// Lint rules, including the process boundaries: where code runs decides what it may import.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'bench/results/', 'bench/.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The core never depends on Electron: it runs in Node, in tests, the CLI and the browser host.
    files: ['main/core/**', 'main/web/**', 'main/cli/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The core and its hosts never import electron.' }] }],
    },
  },
  {
    // Shared code is pure: no Node, no Electron, no database.
    files: ['common/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'common/ runs everywhere.' }],
          patterns: [{ group: nodeOnly, message: 'common/ runs everywhere, including the renderer.' }],
        },
      ],
    },
  },
  {
    // The renderer reaches data only through the contract on window.scopebook.
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never sees Electron: use window.scopebook.' }],
          patterns: [
            { group: nodeOnly, message: 'The renderer never sees Node, the filesystem or SQL.' },
            { group: ['**/main/**', '../main/*', '../../main/*'], allowTypeImports: true, message: 'Only types may come from main/.' },
            { group: ['**/preload/**'], allowTypeImports: true, message: 'Only types may come from preload/.' },
          ],
        },
      ],
    },
  },
);
