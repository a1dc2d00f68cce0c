/** Entry point of the desktop app, bundled to dist/main/electron.js (package.json "main"). */
import { app } from 'electron';
import { join } from 'node:path';
import { runDesktop } from './app';
import { bundledDictionaryFolder } from './spellcheck';

runDesktop({
  preload: join(__dirname, '..', 'preload', 'preload.js'),
  renderer: join(__dirname, '..', 'renderer'),
  trayIcons: join(__dirname, 'tray'),
  dictionaries: bundledDictionaryFolder(app.isPackaged, process.resourcesPath, __dirname),
});
