import { describe, expect, it } from 'vitest';
import { quitWhenAllWindowsClosed, requestedWindow } from './behaviour';
import { capturePosition, CAPTURE_SIZE } from './capture-window';
import { buildMenuTemplate } from './menu';

describe('platform conventions', () => {
  it('macOS stays alive with no windows; Windows and Linux quit unless the tray is on', () => {
    expect(quitWhenAllWindowsClosed('darwin', false)).toBe(false);
    expect(quitWhenAllWindowsClosed('darwin', true)).toBe(false);
    expect(quitWhenAllWindowsClosed('win32', false)).toBe(true);
    expect(quitWhenAllWindowsClosed('linux', false)).toBe(true);
    expect(quitWhenAllWindowsClosed('win32', true)).toBe(false);
    expect(quitWhenAllWindowsClosed('linux', true)).toBe(false);
  });

  it('opens capture for --capture or the scopebook://capture link, else the main window', () => {
    expect(requestedWindow(['scopebook', '--capture'])).toBe('capture');
    expect(requestedWindow(['scopebook', 'scopebook://capture/'])).toBe('capture');
    expect(requestedWindow(['scopebook', '--data-dir', '/x'])).toBe('main');
    expect(requestedWindow(['scopebook', '--captured'])).toBe('main');
  });

  it('puts the capture window near the top of the display the pointer is on, fully visible', () => {
    const second = { x: 1920, y: -200, width: 1280, height: 1024 };
    const at = capturePosition(second);
    expect(at.x).toBe(1920 + (1280 - CAPTURE_SIZE.width) / 2);
    expect(at.y).toBeGreaterThanOrEqual(second.y);
    expect(at.y + CAPTURE_SIZE.height).toBeLessThanOrEqual(second.y + second.height);
    const tiny = { x: 0, y: 0, width: 600, height: 200 };
    expect(capturePosition(tiny).y).toBe(0);
  });

  type Item = { label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const find = (template: Item[], label: string) => template.flatMap((m) => m.submenu ?? []).find((i) => i.label === label);

  it('opens Settings with Cmd+, in the macOS app menu and Ctrl+, in File elsewhere', () => {
    const sent: string[] = [];
    const mac = buildMenuTemplate({ platform: 'darwin', isDev: false, send: (c) => sent.push(c) }) as Item[];
    expect(mac[0]!.label).toBe('Scopebook');
    const macSettings = mac[0]!.submenu!.find((i) => i.label === 'Settings…')!;
    expect(macSettings.accelerator).toBe('CmdOrCtrl+,');
    macSettings.click!();
    const linux = buildMenuTemplate({ platform: 'linux', isDev: false, send: (c) => sent.push(c), capture: () => sent.push('capture') }) as Item[];
    const file = linux.find((m) => m.label === '&File')!;
    file.submenu!.find((i) => i.label === 'Settings')!.click!();
    find(linux, 'Quick Capture')!.click!();
    expect(sent).toEqual(['settings', 'settings', 'capture']);
  });
});
