import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildIsCurrent, bundleOptions, inputsHash } from './build.mjs';

/** Builds one bundle in memory and lists the modules it requires at run time. */
async function requiresOf(name: 'electron' | 'web' | 'preload'): Promise<{ code: string; modules: string[] }> {
  const options = bundleOptions('/tmp/scopebook-build-test')[name];
  const result = await esbuild.build({ ...options, write: false, sourcemap: false, logLevel: 'silent' });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const modules = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
  return { code, modules };
}

const nodeBuiltin = (m: string) => m.startsWith('node:') || builtinModules.includes(m);

describe('bundles', () => {
  it('the preload is one file that requires only electron and carries no zod', async () => {
    const { code, modules } = await requiresOf('preload');
    expect(new Set(modules)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/zod|ZodError/);
    expect(code).toContain('exposeInMainWorld');
    expect(code).toContain('entries:create');
  });

  it('the desktop main loads only electron, better-sqlite3 (through the runtime picker) and Node', async () => {
    const { code, modules } = await requiresOf('electron');
    expect([...new Set(modules.filter((m) => !nodeBuiltin(m)))].sort()).toEqual(['better-sqlite3', 'electron']);
    expect(modules.filter((m) => m === 'better-sqlite3')).toHaveLength(1);
    expect(code).toContain('.scopebook-dev');
  });

  it('the browser host never loads electron', async () => {
    const { modules } = await requiresOf('web');
    expect([...new Set(modules.filter((m) => !nodeBuiltin(m)))]).toEqual(['better-sqlite3']);
  });
});

describe('build --if-changed (npm start, npm run web)', () => {
  function tree() {
    const root = mkdtempSync(join(tmpdir(), 'scopebook-inputs-'));
    for (const dir of ['main/core', 'renderer/src', 'scripts']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'main/core/entries.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'renderer/src/App.tsx'), 'export const b = 2;');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    return root;
  }

  it('rebuilds after a source, a renderer file or the lockfile changed, not after a test file did', () => {
    const root = tree();
    const first = inputsHash(root);
    expect(inputsHash(root)).toBe(first);
    writeFileSync(join(root, 'main/core/entries.test.ts'), 'it("x", () => {});');
    expect(inputsHash(root)).toBe(first);
    writeFileSync(join(root, 'main/core/entries.ts'), 'export const a = 2;');
    const second = inputsHash(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'renderer/src/New.tsx'), '');
    const third = inputsHash(root);
    expect(third).not.toBe(second);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(inputsHash(root)).not.toBe(third);
  });

  it('a build folder counts as current only with the stamp of exactly these inputs', () => {
    const root = tree();
    const dist = join(root, 'dist');
    mkdirSync(dist);
    const hash = inputsHash(root);
    expect(buildIsCurrent(hash, dist)).toBe(false);
    writeFileSync(join(dist, '.build-inputs'), `${hash}\n`);
    expect(buildIsCurrent(hash, dist)).toBe(true);
    writeFileSync(join(root, 'main/core/entries.ts'), 'export const a = 3;');
    expect(buildIsCurrent(inputsHash(root), dist)).toBe(false);
  });
});
