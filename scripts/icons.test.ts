import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trayIconFile } from '../main/electron/tray';
import { buildAppIcons, buildTrayIcons, ICON_SVG, LINUX_SIZES } from './icons.mjs';

const dir = mkdtempSync(join(tmpdir(), 'scopebook-icons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/** RGBA pixels of a PNG, decoded by resvg (an SVG wrapping it). */
function pixels(file: string): { width: number; rgba: Uint8Array } {
  const [width, height] = pngSize(file);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="optimizeSpeed" href="data:image/png;base64,${readFileSync(file).toString('base64')}"/></svg>`;
  return { width, rgba: new Resvg(svg).render().pixels };
}

describe('app icons from build/icon.svg', () => {
  it('renders PNG, ICNS, ICO and the Linux icon set at their sizes, and only re-renders when the source changed', async () => {
    const out = join(dir, 'icons');
    const written = await buildAppIcons(out);
    expect(written.length).toBe(4 + LINUX_SIZES.length);
    expect(pngSize(join(out, 'icon.png'))).toEqual([1024, 1024]);
    expect(pngSize(join(out, 'icon-512.png'))).toEqual([512, 512]);
    for (const size of LINUX_SIZES) expect(pngSize(join(out, 'linux', `${size}x${size}.png`))).toEqual([size, size]);

    const icns = readFileSync(join(out, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types = new Set<string>();
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.add(icns.subarray(at, at + 4).toString('latin1'));
    expect([...types]).toEqual(expect.arrayContaining(['ic10', 'ic09', 'ic08', 'ic07'])); // 1024, 512, 256, 128

    const ico = readFileSync(join(out, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    expect(await buildAppIcons(out)).toEqual([]);
  });

  it('still reads as ascending steps at 16 px', () => {
    const svg = readFileSync(ICON_SVG, 'utf8');
    const rgba = new Resvg(svg, { fitTo: { mode: 'width', value: 16 } }).render().pixels;
    const at = (x: number, y: number) => Array.from(rgba.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4));
    const light = (x: number, y: number) => at(x, y).slice(0, 3).every((c) => c > 200);
    // Four 2-px steps from x=4 to x=12, each 2 px higher than the last: light on its tread, dark above.
    for (const [step, top] of [[4, 10], [6, 8], [8, 6]] as const) {
      expect(light(step, top + 1), `step at x=${step}`).toBe(true);
      expect(light(step, top - 1), `above step at x=${step}`).toBe(false);
    }
    const [r, g, b] = at(10, 5);
    expect(r! > 200 && g! > 120 && b! < 120).toBe(true); // the top step is lit (amber)
  });
});

describe('tray images', () => {
  it('has, for every platform, the file tray.ts asks for, with its @2x, at 16 and 32 px', async () => {
    const out = join(dir, 'tray');
    await buildTrayIcons(out);
    for (const [platform, dark] of [['darwin', false], ['win32', false], ['win32', true], ['linux', false]] as const) {
      const file = trayIconFile(platform, () => dark);
      expect(pngSize(join(out, file)), `${platform} ${file}`).toEqual([16, 16]);
      expect(pngSize(join(out, file.replace(/\.png$/, '@2x.png')))).toEqual([32, 32]);
    }
    expect(trayIconFile('win32', () => true)).not.toBe(trayIconFile('win32', () => false));
  });

  it('makes the macOS image a template (black and alpha only) and the Windows glyphs contrast with their task bars', async () => {
    const out = join(dir, 'tray');
    await buildTrayIcons(out);
    const opaque = (file: string) => {
      const { rgba } = pixels(join(out, file));
      const seen: number[][] = [];
      for (let i = 0; i < rgba.length; i += 4) if (rgba[i + 3]! > 0) seen.push([rgba[i]!, rgba[i + 1]!, rgba[i + 2]!]);
      expect(seen.length).toBeGreaterThan(20);
      return seen;
    };
    expect(opaque('trayTemplate@2x.png').every((rgb) => rgb.every((c) => c === 0))).toBe(true);
    const brightness = (rgb: number[]) => (rgb[0]! + rgb[1]! + rgb[2]!) / 3;
    expect(Math.max(...opaque(trayIconFile('win32', () => false)).map(brightness))).toBeLessThan(80);
    expect(Math.min(...opaque(trayIconFile('win32', () => true).replace('.png', '@2x.png')).map(brightness))).toBeGreaterThan(60);
  });
});
