import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState, type WriteOutcome } from './autosave';

class Conflict extends Error {}

/** A fake journal: records what each write saw and can be told to fail or to wait. */
function harness() {
  const doc = { text: '' };
  const written: string[] = [];
  const states: SaveState['kind'][] = [];
  let failNext: Error | null = null;
  let gate: Promise<void> | null = null;
  let cleaned = 0;
  const saver = new Autosaver({
    delayMs: 600,
    async write(): Promise<WriteOutcome> {
      const snapshot = doc.text;
      if (gate) await gate;
      if (failNext) {
        const e = failNext;
        failNext = null;
        throw e;
      }
      if (snapshot === '') return 'skipped';
      written.push(snapshot);
      return 'saved';
    },
    isConflict: (e) => e instanceof Conflict,
    onState: (s) => states.push(s.kind),
    onClean: () => (cleaned += 1),
  });
  const type = (text: string) => {
    doc.text = text;
    saver.change();
  };
  return {
    saver,
    type,
    written,
    states,
    get cleaned() {
      return cleaned;
    },
    failWith(e: Error) {
      failNext = e;
    },
    hold() {
      let release!: () => void;
      gate = new Promise<void>((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then writes once with the latest text', async () => {
    const h = harness();
    h.type('S');
    h.type('Sh');
    h.type('Shipped');
    expect(h.written).toEqual([]);
    expect(h.saver.current.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(600);
    expect(h.written).toEqual(['Shipped']);
    expect(h.saver.current.kind).toBe('saved');
    expect(h.saver.dirty).toBe(false);
    expect(h.cleaned).toBe(1);
  });

  it('writes immediately on flush (blur, navigation, closing)', async () => {
    const h = harness();
    h.type('Before leaving');
    await h.saver.flush();
    expect(h.written).toEqual(['Before leaving']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.written).toEqual(['Before leaving']);
  });

  it('does nothing on flush when nothing changed', async () => {
    const h = harness();
    await h.saver.flush();
    expect(h.written).toEqual([]);
    expect(h.states).toEqual([]);
  });

  it('keeps changes made while a write is in flight and writes them next, one write at a time', async () => {
    const h = harness();
    const release = h.hold();
    h.type('one');
    const first = h.saver.flush();
    h.type('one two');
    const second = h.saver.flush();
    release();
    await Promise.all([first, second]);
    expect(h.written).toEqual(['one', 'one two']);
    expect(h.saver.dirty).toBe(false);
    expect(h.saver.current.kind).toBe('saved');
  });

  it('keeps everything dirty after a failed write and shows the error; retry writes it', async () => {
    const h = harness();
    h.failWith(new Error('The disk is full'));
    h.type('precious');
    await vi.advanceTimersByTimeAsync(600);
    expect(h.saver.current).toEqual({ kind: 'error', message: 'The disk is full' });
    expect(h.saver.dirty).toBe(true);
    expect(h.cleaned).toBe(0);
    await h.saver.retry();
    expect(h.written).toEqual(['precious']);
    expect(h.saver.current.kind).toBe('saved');
  });

  it('tries again on the next change after an error', async () => {
    const h = harness();
    h.failWith(new Error('offline'));
    h.type('a');
    await vi.advanceTimersByTimeAsync(600);
    h.type('ab');
    await vi.advanceTimersByTimeAsync(600);
    expect(h.written).toEqual(['ab']);
  });

  it('stops on a conflict and writes nothing more until resumed', async () => {
    const h = harness();
    h.failWith(new Conflict('changed elsewhere'));
    h.type('mine');
    await vi.advanceTimersByTimeAsync(600);
    expect(h.saver.current).toEqual({ kind: 'conflict', message: 'changed elsewhere' });
    h.type('mine, more');
    await vi.advanceTimersByTimeAsync(5000);
    await h.saver.flush();
    expect(h.written).toEqual([]);
    expect(h.saver.dirty).toBe(true);
    h.saver.resume({ dirty: true });
    await vi.advanceTimersByTimeAsync(600);
    expect(h.written).toEqual(['mine, more']);
  });

  it('forgets pending changes when resumed after reloading the other version', async () => {
    const h = harness();
    h.failWith(new Conflict('changed elsewhere'));
    h.type('mine');
    await vi.advanceTimersByTimeAsync(600);
    h.saver.resume({ dirty: false });
    expect(h.saver.dirty).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.written).toEqual([]);
  });

  it('never autosaves a document it could not read', async () => {
    const h = harness();
    h.saver.halt('blocked', 'unreadable');
    h.type('x');
    await vi.advanceTimersByTimeAsync(5000);
    await h.saver.flush();
    expect(h.written).toEqual([]);
    expect(h.saver.current.kind).toBe('blocked');
  });

  it('reports an empty new entry as idle rather than saved', async () => {
    const h = harness();
    h.type('');
    await h.saver.flush();
    expect(h.saver.current.kind).toBe('idle');
  });

  it('still writes on a final flush after being disposed, without timers', async () => {
    const h = harness();
    h.type('last words');
    h.saver.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.written).toEqual([]);
    await h.saver.flush();
    expect(h.written).toEqual(['last words']);
  });
});
