import { builtinModules } from 'node:module';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleOptions } from './build.mjs';

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
