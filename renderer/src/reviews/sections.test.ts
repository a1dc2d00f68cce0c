import { describe, expect, it } from 'vitest';
import type { TemplateSection } from '../../../common/contract';
import { enabledCount, missingSections, moveSection, sectionsDiffer, setSectionEnabled } from './sections';

function section(id: string, enabled = true): TemplateSection {
  return { id, kind: 'summary', title: id.toUpperCase(), enabled, limit: null, rule: null, description: null };
}
const ids = (list: TemplateSection[]) => list.map((s) => s.id);

describe('moving sections', () => {
  const list = [section('a'), section('b'), section('c')];

  it('moves a section up or down one place and leaves the original list alone', () => {
    expect(ids(moveSection(list, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveSection(list, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });

  it('stops at either end instead of wrapping or losing a section', () => {
    expect(ids(moveSection(list, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveSection(list, 2, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveSection(list, 1, 10))).toEqual(['a', 'c', 'b']);
    expect(ids(moveSection(list, 7, -1))).toEqual(['a', 'b', 'c']);
  });
});

describe('turning sections on and off', () => {
  it('switches only the named section', () => {
    const list = [section('a'), section('b')];
    const off = setSectionEnabled(list, 'b', false);
    expect(off.map((s) => s.enabled)).toEqual([true, false]);
    expect(enabledCount(off)).toBe(1);
    expect(list[1]!.enabled).toBe(true);
  });

  it('notices a rearranged or switched list, not an identical copy', () => {
    const list = [section('a'), section('b')];
    expect(sectionsDiffer(list, list.map((s) => ({ ...s })))).toBe(false);
    expect(sectionsDiffer(moveSection(list, 0, 1), list)).toBe(true);
    expect(sectionsDiffer(setSectionEnabled(list, 'a', false), list)).toBe(true);
    expect(sectionsDiffer(list.slice(1), list)).toBe(true);
  });
});

describe('adding sections a template lacks', () => {
  it('offers each built-in section the list does not have, once, switched on', () => {
    const builtIns = [{ sections: [section('a'), section('praise', false)] }, { sections: [section('praise'), section('b')] }];
    const missing = missingSections([section('a')], builtIns);
    expect(ids(missing)).toEqual(['praise', 'b']);
    expect(missing.every((s) => s.enabled)).toBe(true);
    expect(missingSections([section('a'), section('b'), section('praise')], builtIns)).toEqual([]);
  });
});
