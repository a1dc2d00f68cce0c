/** Entry point of the desktop app, bundled to dist/main/electron.js (package.json "main"). */
import { join } from 'node:path';
import { runDesktop } from './app';

runDesktop({
  preload: join(__dirname, '..', 'preload', 'preload.js'),
  renderer: join(__dirname, '..', 'renderer'),
  trayIcons: join(__dirname, 'tray'),
});
