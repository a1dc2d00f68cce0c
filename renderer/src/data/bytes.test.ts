import { describe, expect, it } from 'vitest';
import { formatBytes, toBase64 } from './bytes';

describe('upload bytes', () => {
  it('encodes any bytes, including files larger than one chunk, exactly as Node does', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    const back = Uint8Array.from(atob(toBase64(big)), (c) => c.charCodeAt(0));
    expect(back).toEqual(big);
    expect(toBase64(new TextEncoder().encode('Zoë ✓'))).toBe('Wm/DqyDinJM=');
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('says sizes in words', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(14_540)).toBe('14.2 KB');
    expect(formatBytes(3_250_586)).toBe('3.1 MB');
  });
});
