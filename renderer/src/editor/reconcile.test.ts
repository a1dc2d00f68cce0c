import { describe, expect, it } from 'vitest';
import { reconcile } from './reconcile';

type Seen = { id: string; channel: string | null };
const seen = (list: Seen[], before: string[], after: string[]) =>
  reconcile(list, (s) => s.id, before, after, (id) => ({ id, channel: null }));

describe('keeping who-saw-it in step with mentions', () => {
  it('adds a newly mentioned person', () => {
    expect(seen([], [], ['ana'])).toEqual([{ id: 'ana', channel: null }]);
  });

  it('removes a person whose mention was deleted, without asking', () => {
    expect(seen([{ id: 'ana', channel: 'demo' }, { id: 'bo', channel: null }], ['ana', 'bo'], ['bo'])).toEqual([
      { id: 'bo', channel: null },
    ]);
  });

  it('keeps people added by hand who were never mentioned', () => {
    expect(seen([{ id: 'cy', channel: 'meeting' }], ['ana'], [])).toEqual([{ id: 'cy', channel: 'meeting' }]);
  });

  it('keeps the channel chosen for someone who is still mentioned', () => {
    expect(seen([{ id: 'ana', channel: 'demo' }], ['ana'], ['ana', 'bo'])).toEqual([
      { id: 'ana', channel: 'demo' },
      { id: 'bo', channel: null },
    ]);
  });

  it('does not add a duplicate when a hand-added person is then mentioned', () => {
    expect(seen([{ id: 'ana', channel: 'written' }], [], ['ana'])).toEqual([{ id: 'ana', channel: 'written' }]);
  });

  it('works for tags as plain strings', () => {
    expect(reconcile(['ops', 'hiring'], (t) => t, ['ops'], ['launch'], (t) => t)).toEqual(['hiring', 'launch']);
  });
});
