#!/usr/bin/env node
/**
 * The app and tray icons, rendered from their SVG sources at build time (build/icon.svg,
 * build/tray.svg; nothing generated is committed):
 *   dist/icons/icon.png (1024), icon-512.png, icon.icns (macOS), icon.ico (Windows),
 *   dist/icons/linux/<N>x<N>.png (the hicolor sizes the deb and AppImage install)
 *   dist/main/tray/  trayTemplate.png (+@2x): macOS menu bar, black + alpha, recoloured by macOS;
 *                    tray-light-panel.png (+@2x): dark glyph for a light Windows task bar;
 *                    tray-dark-panel.png (+@2x): light glyph for a dark one;
 *                    tray-color.png (+@2x): the app icon itself, for Linux panels (light or dark).
 * The tray images go inside the app (dist/main is packaged); the app icons are for
 * electron-builder only (electron-builder.yml). Rendering uses resvg (@resvg/resvg-js), the .icns
 * and .ico are assembled by png2icons; both are prebuilt npm packages and work offline.
 * App icons are re-rendered only when a source changed (a hash in dist/icons/source.sha256).
 * Usage: node scripts/icons.mjs
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not imported from build.mjs, which imports this file.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.SCOPEBOOK_DIST ? resolve(process.env.SCOPEBOOK_DIST) : join(ROOT, 'dist');

export const ICON_SVG = join(ROOT, 'build', 'icon.svg');
export const TRAY_SVG = join(ROOT, 'build', 'tray.svg');
/** The sizes of the Linux icon set (freedesktop hicolor). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
/** Tray variants: file stem → the glyph colour (null: the full-colour app icon). */
export const TRAY_VARIANTS = { trayTemplate: '#000000', 'tray-light-panel': '#1F2328', 'tray-dark-panel': '#F5F5F5', 'tray-color': null };
const TRAY_SIZE = 16;

async function renderer() {
  const { Resvg } = await import('@resvg/resvg-js');
  return (svg, width) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng());
}

/** The app icon's rounded square without its margin: what a 16 px tray slot shows of it. */
function croppedAppIcon(svg) {
  return svg.replace('viewBox="0 0 1024 1024"', 'viewBox="96 96 832 832"');
}

/** Renders the app icons into `outDir` unless they are up to date; returns the files it wrote (none if up to date). */
export async function buildAppIcons(outDir = join(DIST, 'icons')) {
  const svg = readFileSync(ICON_SVG, 'utf8');
  const hash = createHash('sha256').update(svg).update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');
  const stamp = join(outDir, 'source.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return [];
  const render = await renderer();
  const png2icons = (await import('png2icons')).default;
  mkdirSync(join(outDir, 'linux'), { recursive: true });
  const written = [];
  const write = (name, data) => {
    if (!data) throw new Error(`could not make ${name}`);
    writeFileSync(join(outDir, name), data);
    written.push(join(outDir, name));
  };
  const big = render(svg, 1024);
  write('icon.png', big);
  write('icon-512.png', render(svg, 512));
  write('icon.icns', png2icons.createICNS(big, png2icons.BICUBIC, 0));
  write('icon.ico', png2icons.createICO(big, png2icons.BICUBIC, 0, false, true));
  for (const size of LINUX_SIZES) write(join('linux', `${size}x${size}.png`), render(svg, size));
  writeFileSync(stamp, hash);
  return written;
}

/** Renders the tray images (1x and @2x of every variant) into `outDir`; returns the files. */
export async function buildTrayIcons(outDir = join(DIST, 'main', 'tray')) {
  const render = await renderer();
  const glyph = readFileSync(TRAY_SVG, 'utf8');
  const app = croppedAppIcon(readFileSync(ICON_SVG, 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [stem, colour] of Object.entries(TRAY_VARIANTS)) {
    const svg = colour === null ? app : glyph.replaceAll('#000000', colour);
    for (const [suffix, scale] of [['', 1], ['@2x', 2]]) {
      const file = join(outDir, `${stem}${suffix}.png`);
      writeFileSync(file, render(svg, TRAY_SIZE * scale));
      written.push(file);
    }
  }
  return written;
}

/** Both sets, under `dist` (normally dist/). */
export async function buildIcons(dist = DIST) {
  const [app, tray] = await Promise.all([buildAppIcons(join(dist, 'icons')), buildTrayIcons(join(dist, 'main', 'tray'))]);
  return [...app, ...tray];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  buildIcons().then(
    (files) => console.log(`Icons: ${files.length} files in ${Date.now() - started} ms.`),
    (err) => {
      console.error(`Icons failed: ${err?.message ?? err}`);
      process.exit(1);
    },
  );
}
