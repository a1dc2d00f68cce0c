import { describe, expect, it } from 'vitest';
import { findTextBar } from './text-bars';

const bar = (filled: number) => '█'.repeat(filled) + '░'.repeat(20 - filled);

describe('finding the text bars of a scope-growth chart', () => {
  it('finds the label and the bar of each chart line, whatever the label’s length', () => {
    for (const label of ['▲ Project', '⬢ Business leverage', '● Task']) {
      const line = `${label} ${bar(6)} 31% (was 12%)`;
      const found = findTextBar(line);
      expect(found).not.toBeNull();
      expect(line.slice(...found!.label)).toBe(label);
      expect(line.slice(...found!.bar)).toBe(bar(6));
    }
    expect(findTextBar(`★ Product value ${bar(20)} 100%`)).not.toBeNull();
  });

  it('leaves ordinary lines alone', () => {
    expect(findTextBar('Project-level work rose from 12% to 31% of your entries.')).toBeNull();
    expect(findTextBar('Kicked off the billing migration — Cut invoice errors by half (1 Jan 2025 · ▲ Project)')).toBeNull();
    expect(findTextBar(`no percent ${bar(3)}`)).toBeNull();
  });
});
