import { describe, expect, it } from 'vitest';
import { progressText } from './progress-text';

describe('job progress text', () => {
  it('counts entries with thousands separators', () => {
    expect(progressText({ op: 'data:exportJson', done: 1234, total: 10_000 })).toBe('1,234 of 10,000 entries');
    expect(progressText({ op: 'data:importCommit', done: 1, total: 1 })).toBe('1 of 1 entry');
  });

  it('says what is happening while there is nothing to count', () => {
    expect(progressText({ op: 'data:backupNow', done: 0, total: 0 })).toBe('Backing up…');
    expect(progressText({ op: 'data:restoreBackup', done: 0, total: 0 })).toBe('Restoring…');
    expect(progressText({ op: 'data:exportHtml', done: 0, total: 0 })).toBe('Exporting…');
  });
});
