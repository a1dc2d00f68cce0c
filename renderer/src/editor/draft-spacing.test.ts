import { describe, expect, it } from 'vitest';
import { DRAFT_MAX_MS, DRAFT_MIN_MS, draftDelayMs } from './draft-spacing';

describe('spacing of local drafts while typing', () => {
  it('keeps a short entry’s draft every quarter second', () => {
    expect(draftDelayMs(0)).toBe(DRAFT_MIN_MS);
    expect(draftDelayMs(300)).toBe(DRAFT_MIN_MS);
    expect(draftDelayMs(20_000)).toBe(250);
  });

  it('spaces drafts of a long entry in proportion to its size, so their share of typing time stays the same', () => {
    expect(draftDelayMs(40_000)).toBe(500);
    expect(draftDelayMs(80_000)).toBe(1000);
    const [a, b] = [draftDelayMs(30_000), draftDelayMs(60_000)];
    expect(b).toBe(2 * a);
  });

  it('never leaves more than two seconds of typing without a draft, however long the entry', () => {
    expect(draftDelayMs(130_000)).toBe(1625); // about 20,000 words
    expect(draftDelayMs(10_000_000)).toBe(DRAFT_MAX_MS);
    expect(draftDelayMs(Number.NaN)).toBe(DRAFT_MIN_MS);
  });
});
