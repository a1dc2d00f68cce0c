import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitWindowState, layoutKey, loadWindowState, saveWindowState, saveWindowStateForLayout } from './window-state';

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

describe('window state per display layout', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  const office = { x: 1440, y: 0, width: 2560, height: 1440 };

  it('brings the window back where it was for each set of screens', () => {
    const file = join(dir, 'window-state.json');
    saveWindowStateForLayout(file, { x: 1600, y: 80, width: 1800, height: 1200, maximized: false }, [laptop, office]);
    saveWindowStateForLayout(file, { x: 40, y: 30, width: 1200, height: 800, maximized: false }, [laptop]);
    // Docked again (screens listed in another order): the office position, not the laptop one.
    expect(loadWindowState(file, [office, laptop])).toEqual({ x: 1600, y: 80, width: 1800, height: 1200, maximized: false });
    expect(loadWindowState(file, [laptop])).toEqual({ x: 40, y: 30, width: 1200, height: 800, maximized: false });
  });

  it('for a layout never seen, fits the latest bounds to the screens that exist', () => {
    const file = join(dir, 'window-state.json');
    saveWindowStateForLayout(file, { x: 1600, y: 80, width: 1800, height: 1200, maximized: true }, [laptop, office]);
    // The office monitor is gone and this laptop-only layout was never saved: the size shrinks
    // to the laptop and the position is dropped so the system centres the window.
    expect(loadWindowState(file, [laptop])).toEqual({ width: 1440, height: 900, maximized: true });
    expect(layoutKey([office, laptop])).toBe(layoutKey([laptop, office]));
  });
});
