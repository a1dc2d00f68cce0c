import { describe, expect, it } from 'vitest';
import { type EntryMeta, newMeta } from './entry-model';
import { listsChangedBy } from './list-impact';

const base: EntryMeta = {
  ...newMeta('2026-03-02'),
  tags: ['infra'],
  seenBy: [{ stakeholderId: 'ana', channel: null }],
  goalId: 'g1',
};

describe('which shared lists a save can change', () => {
  it('reloads nothing when only the text, the impact or the star changed', () => {
    expect(listsChangedBy(base, { ...base, impact: 'Saved a week', starred: true })).toEqual([]);
    expect(listsChangedBy(base, { ...base, seenBy: [{ stakeholderId: 'ana', channel: 'meeting' }] })).toEqual([]);
    expect(listsChangedBy(base, { ...base, tags: ['infra'] })).toEqual([]);
  });

  it('reloads people when who saw it changed, or the day or level of what they saw', () => {
    expect(listsChangedBy(base, { ...base, seenBy: [...base.seenBy, { stakeholderId: 'bo', channel: null }] })).toEqual(['people']);
    expect(listsChangedBy(base, { ...base, seenBy: [] })).toEqual(['people']);
    expect(listsChangedBy(base, { ...base, occurredOn: '2026-03-01' })).toEqual(['people']);
    expect(listsChangedBy(base, { ...base, ownershipLevel: 'project' })).toEqual(['people']);
    expect(listsChangedBy({ ...base, seenBy: [] }, { ...base, seenBy: [], ownershipLevel: 'project' })).toEqual([]);
  });

  it('reloads tags and goals when their entries changed', () => {
    expect(listsChangedBy(base, { ...base, tags: ['infra', 'q3'] })).toEqual(['tags']);
    expect(listsChangedBy(base, { ...base, tags: [] })).toEqual(['tags']);
    expect(listsChangedBy(base, { ...base, goalId: null })).toEqual(['goals']);
    expect(listsChangedBy(base, { ...base, goalId: 'g2', tags: ['ops'] })).toEqual(['tags', 'goals']);
  });

  it('after a create, reloads the lists the new entry counts in', () => {
    expect(listsChangedBy(null, base)).toEqual(['people', 'tags', 'goals']);
    expect(listsChangedBy(null, newMeta('2026-03-02'))).toEqual([]);
  });
});
