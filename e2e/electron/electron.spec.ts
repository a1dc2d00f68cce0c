/**
 * The real desktop app, when this machine can run it (see e2e/global-setup.ts for when it
 * cannot; the tests are then skipped with the reason). Expectations come from the contract
 * (common/contract/channels.ts), not from a copy of it.
 */
import { expect, test } from '@playwright/test';
import type { Entry, Result } from '../../common/contract';
import { CHANNEL_NAMES } from '../../common/contract/channels';
import { launchApp, skipWithoutElectron, tempDataDir } from './launch';

skipWithoutElectron();

/** Every domain of the contract with its verbs, as the preload must expose them. */
function contractShape(): Record<string, string[]> {
  const shape: Record<string, string[]> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    (shape[domain] ??= []).push(verb);
  }
  for (const verbs of Object.values(shape)) verbs.sort();
  return shape;
}

type Bridge = { entries: { create(i: unknown): Promise<Result<Entry>>; get(i: unknown): Promise<Result<Entry>> } };
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test('the desktop app loads, exposes exactly the contract (and no Node), and keeps an entry', async () => {
  const data = tempDataDir('scopebook-e2e-electron-');
  const app = await launchApp(data.dir);
  try {
    const win = await app.firstWindow();
    await expect(win).toHaveTitle('Scopebook');
    expect(win.url()).toBe('app://scopebook/index.html');

    const globals = await win.evaluate(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      const bridge = w.scopebook as Record<string, unknown>;
      const shape: Record<string, string[]> = {};
      for (const [key, value] of Object.entries(bridge)) if (typeof value === 'object' && value) shape[key] = Object.keys(value).sort();
      const functions = Object.keys(bridge).filter((k) => typeof bridge[k] === 'function');
      return { require: typeof w.require, process: typeof w.process, shape, functions, shell: typeof w.scopebookShell };
    });
    const expected = contractShape();
    expect(Object.keys(expected).length).toBeGreaterThan(5); // 13 domains when this was written
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', shape: expected, functions: ['onChange'], shell: 'object' });

    const created = await win.evaluate(
      (body) => (globalThis as unknown as { scopebook: Bridge }).scopebook.entries.create({ body, ownershipLevel: 'value' }),
      doc('Ran the offsite'),
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : '';
    // location.reload() from the page (what a restore does) is a renderer-initiated navigation to
    // the app's own URL: it must go through and show the journal's data again.
    await Promise.all([win.waitForEvent('load'), win.evaluate(() => (globalThis as unknown as { location: { reload(): void } }).location.reload())]);
    expect(win.url()).toBe('app://scopebook/index.html');
    const again = await win.evaluate((entryId) => (globalThis as unknown as { scopebook: Bridge }).scopebook.entries.get({ id: entryId }), id);
    expect(again).toMatchObject({ ok: true, value: { id, bodyText: 'Ran the offsite' } });
  } finally {
    await app.close();
    data.cleanup();
  }
});

test('the page may write to the clipboard (Copy, Copy as Markdown) but never navigates away', async () => {
  const data = tempDataDir('scopebook-e2e-electron-');
  const app = await launchApp(data.dir);
  try {
    const win = await app.firstWindow();
    await win.waitForLoadState('load');
    await win.bringToFront();
    const wrote = await win.evaluate(async () => {
      try {
        await (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText('Led the migration');
        return 'ok';
      } catch (err) {
        return String(err);
      }
    });
    expect(wrote).toBe('ok');
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe('Led the migration');

    await win.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'file:///etc/hostname';
    });
    await win.waitForTimeout(300); // a refused navigation has no event to wait for
    expect(win.url()).toBe('app://scopebook/index.html');
  } finally {
    await app.close();
    data.cleanup();
  }
});
