import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirOverride, defaultDataDir, flagValue, journalFile } from './paths';

describe('default data directory (same place Electron puts userData)', () => {
  it('uses XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x/config' }, '/home/u')).toBe('/x/config/Scopebook');
    expect(defaultDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/Scopebook');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/u')).toBe('/home/u/.config/Scopebook');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe(join('/Users/u', 'Library', 'Application Support', 'Scopebook'));
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/u/AppData/Roaming' }, 'C:/Users/u')).toBe(
      join('C:/Users/u/AppData/Roaming', 'Scopebook'),
    );
  });

  it('names the database scopebook.db', () => {
    expect(journalFile('/d')).toBe(join('/d', 'scopebook.db'));
  });
});

describe('data directory override', () => {
  it('takes --data-dir in both spellings, made absolute', () => {
    expect(dataDirOverride(['--data-dir', 'j'], {}, '/w')).toBe('/w/j');
    expect(dataDirOverride(['--data-dir=/abs/j'], {}, '/w')).toBe('/abs/j');
  });

  it('falls back to SCOPEBOOK_DATA_DIR, and the flag wins over it', () => {
    expect(dataDirOverride([], { SCOPEBOOK_DATA_DIR: '/env/j' }, '/w')).toBe('/env/j');
    expect(dataDirOverride(['--data-dir', '/flag'], { SCOPEBOOK_DATA_DIR: '/env/j' }, '/w')).toBe('/flag');
    expect(dataDirOverride([], { SCOPEBOOK_DATA_DIR: '' }, '/w')).toBeNull();
  });

  it('ignores a flag without a value', () => {
    expect(flagValue(['--port'], '--port')).toBeNull();
    expect(flagValue(['--port', '8080', '--port=9'], '--port')).toBe('9');
  });
});
