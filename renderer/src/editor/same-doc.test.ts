import { describe, expect, it } from 'vitest';
import { sameDoc } from './same-doc';

describe('document equality', () => {
  it('ignores attribute order and empty attribute or mark lists', () => {
    expect(
      sameDoc(
        { type: 'doc', content: [{ type: 'mention', attrs: { id: 'a', label: 'Ana' } }] },
        { type: 'doc', attrs: {}, content: [{ type: 'mention', attrs: { label: 'Ana', id: 'a' }, marks: [] }] },
      ),
    ).toBe(true);
  });

  it('tells different text apart', () => {
    expect(
      sameDoc(
        { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
        { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one ' }] }] },
      ),
    ).toBe(false);
  });

  it('tells a formatted word from a plain one apart', () => {
    const plain = { type: 'doc', content: [{ type: 'text', text: 'x' }] };
    const bold = { type: 'doc', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] };
    expect(sameDoc(plain, bold)).toBe(false);
  });
});
