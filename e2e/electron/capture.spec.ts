/**
 * Quick capture in the real desktop app (skipped where no Electron binary can run; see
 * e2e/global-setup.ts): a launch with --capture opens the small capture window, Enter saves
 * an entry and closes it; Settings changes the theme of the running app.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import type { Result } from '../../common/contract';
import { launchApp as launch, skipWithoutElectron, tempDataDir } from './launch';

skipWithoutElectron();

test('the capture window saves an entry with Enter and closes', async () => {
  const data = tempDataDir('scopebook-e2e-capture-');
  const dataDir = data.dir;
  const app = await launch(dataDir, ['--capture']);
  try {
    const capture = await app.firstWindow();
    expect(capture.url()).toBe('app://scopebook/index.html#/capture');
    const line = capture.getByRole('textbox', { name: 'Quick capture' });
    await line.fill('Paired on the flaky test #quality');
    const closed = capture.waitForEvent('close');
    await line.press('Enter');
    await closed;
    // It was the only window and the tray is off (Windows/Linux): the app quits, the journal closes.
    if (process.platform !== 'darwin') await app.waitForEvent('close');
    else await app.close();
    const db = new Database(join(dataDir, 'scopebook.db'), { readonly: true });
    const row = db.prepare("SELECT level FROM entries WHERE body_text LIKE 'Paired on the flaky test%'").get();
    db.close();
    expect(row).toEqual({ level: 'task' });
  } finally {
    await app.close().catch(() => undefined);
    data.cleanup();
  }
});

test('settings: the theme chosen in Settings applies to the window at once', async () => {
  const data = tempDataDir('scopebook-e2e-settings-');
  const app = await launch(data.dir);
  try {
    const win = await app.firstWindow();
    await win.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/settings';
    });
    await win.getByRole('radio', { name: 'Dark' }).check();
    await expect(win.locator('html')).toHaveAttribute('data-theme', 'dark');
    type Bridge = { settings: { get(i: unknown): Promise<Result<{ theme: string }>> } };
    const stored = await win.evaluate(() => (globalThis as unknown as { scopebook: Bridge }).scopebook.settings.get({}));
    expect(stored).toMatchObject({ ok: true, value: { theme: 'dark' } });
  } finally {
    await app.close();
    data.cleanup();
  }
});
