import { describe, expect, it } from 'vitest';
import { defaultExportPath, joinPath, parentOf } from './paths';

describe('export paths', () => {
  it('proposes a file beside the data folder, on POSIX and Windows', () => {
    expect(defaultExportPath('/home/ana/.config/Scopebook/backups', '2026-03-10', 'json')).toBe('/home/ana/.config/Scopebook/scopebook-2026-03-10.json');
    expect(defaultExportPath('C:\\Users\\Ana\\AppData\\Scopebook\\backups', '2026-03-10', 'html')).toBe(
      'C:\\Users\\Ana\\AppData\\Scopebook\\scopebook-2026-03-10.html',
    );
    expect(defaultExportPath('/data/backups/', '2026-03-10', 'markdown')).toBe('/data');
  });

  it('never climbs above the root', () => {
    expect(parentOf('/backups')).toBe('/');
    expect(parentOf('C:\\backups')).toBe('C:\\');
    expect(joinPath('/', 'x.json')).toBe('/x.json');
    expect(joinPath('C:\\', 'x.json')).toBe('C:\\x.json');
  });
});
