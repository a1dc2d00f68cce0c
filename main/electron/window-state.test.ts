import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitWindowState, loadWindowState, saveWindowState } from './window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-winstate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('comes back as it was saved', () => {
    const file = join(dir, 'window-state.json');
    saveWindowState(file, { x: 100, y: 50, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file, [screen])).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
  });

  it('uses the default when nothing or garbage was saved', () => {
    expect(loadWindowState(join(dir, 'none.json'), [screen])).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'bad.json'), '{"width": "wide"');
    expect(loadWindowState(join(dir, 'bad.json'), [screen])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position on a screen that is no longer connected', () => {
    const saved = { x: 2500, y: 100, width: 900, height: 600, maximized: false };
    expect(fitWindowState(saved, [screen])).toEqual({ width: 900, height: 600, maximized: false });
    const second = { x: 1920, y: 0, width: 1280, height: 1024 };
    expect(fitWindowState(saved, [screen, second])).toMatchObject({ x: 2500, y: 100 });
  });

  it('keeps the size within the screen and above the minimum', () => {
    expect(fitWindowState({ width: 5000, height: 100 }, [screen])).toMatchObject({ width: 1920, height: 480 });
  });
});
