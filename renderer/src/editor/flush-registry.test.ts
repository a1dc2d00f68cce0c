import { describe, expect, it } from 'vitest';
import { flushAll, registerFlush } from './flush-registry';

describe('flushing every open editor', () => {
  it('waits for every registered editor, even when one fails, and forgets removed ones', async () => {
    const done: string[] = [];
    const offA = registerFlush(async () => void done.push('a'));
    const offB = registerFlush(async () => {
      throw new Error('disk full');
    });
    const offC = registerFlush(async () => {
      await new Promise((r) => setTimeout(r, 5));
      done.push('c');
    });
    await expect(flushAll()).resolves.toBeUndefined();
    expect(done.sort()).toEqual(['a', 'c']);
    offA();
    offB();
    offC();
    await flushAll();
    expect(done).toHaveLength(2);
  });
});
