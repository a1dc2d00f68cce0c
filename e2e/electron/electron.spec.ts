/**
 * The real desktop app, when this machine can run it (see e2e/global-setup.ts for when it
 * cannot; the tests are then skipped with the reason).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { Entry, Result } from '../../common/contract';
import { electronBinary, ROOT } from '../paths';

const skipReason = process.env.SCOPEBOOK_E2E_ELECTRON_SKIP || (electronBinary() ? '' : 'no Electron binary');
test.skip(!!skipReason, `Electron cannot run here: ${skipReason}`);

test('the desktop app loads, exposes only the contract, and keeps an entry', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scopebook-e2e-electron-'));
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const args = [ROOT, '--data-dir', dataDir];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses root otherwise.
  const app = await electron.launch({ executablePath: electronBinary()!, args, env });
  try {
    const win = await app.firstWindow();
    await expect(win).toHaveTitle('Scopebook');
    expect(win.url()).toBe('app://scopebook/index.html');

    const globals = await win.evaluate(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, bridge: Object.keys(w.scopebook as object).sort() };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['entries', 'goals', 'people', 'stats', 'tags'].sort() });

    type Bridge = { entries: { create(i: unknown): Promise<Result<Entry>>; get(i: unknown): Promise<Result<Entry>> } };
    const created = await win.evaluate(
      () =>
        (globalThis as unknown as { scopebook: Bridge }).scopebook.entries.create({
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ran the offsite' }] }] },
          ownershipLevel: 'value',
        }),
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : '';
    await win.reload();
    const again = await win.evaluate((entryId) => (globalThis as unknown as { scopebook: Bridge }).scopebook.entries.get({ id: entryId }), id);
    expect(again).toMatchObject({ ok: true, value: { id, bodyText: 'Ran the offsite' } });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
