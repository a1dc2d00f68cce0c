import { builtinModules } from 'node:module';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleOptions } from '../../../scripts/build.mjs';

describe('jobs worker bundle', () => {
  it('loads only better-sqlite3 (once, through the runtime picker) and Node, never electron', async () => {
    const options = bundleOptions('/tmp/scopebook-build-test').jobsWorker;
    const result = await esbuild.build({ ...options, write: false, sourcemap: false, logLevel: 'silent' });
    const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
    const modules = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
    const outside = modules.filter((m) => !m.startsWith('node:') && !builtinModules.includes(m));
    expect(outside).toEqual(['better-sqlite3']);
    expect(code).toContain('nativeBinding');
    expect(options.outfile).toBe('/tmp/scopebook-build-test/main/jobs-worker.js');
  });
});
