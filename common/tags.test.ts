import { describe, expect, it } from 'vitest';
import { TagName } from './contract';
import { hashtags, normaliseTag } from './tags';

describe('tags', () => {
  it('stores a tag trimmed, lower-case, without leading #, spaces as dashes, as the contract does', () => {
    const cases: [string, string][] = [['Ops', 'ops'], ['  #Ops ', 'ops'], ['##Big Launch', 'big-launch'], ['Cafe\u0301', 'café'], ['ÉQUIPE', 'équipe'], ['a\tb  c', 'a-b-c']];
    for (const [raw, stored] of cases) {
      expect(normaliseTag(raw)).toBe(stored);
      expect(TagName.parse(raw)).toBe(stored);
    }
  });

  it('finds hashtags in text, lower-cased, once each', () => {
    expect(hashtags('Shipped #Ops work (#launch, #ops) today')).toEqual(['ops', 'launch']);
  });

  it('ignores issue numbers, e-mail fragments and words glued to a #', () => {
    expect(hashtags('Fixed #123 for a#b and mail me@x.org#frag')).toEqual([]);
  });

  it('reads tags at the start of a line and with dashes and underscores', () => {
    expect(hashtags('#q3-planning\n#team_health')).toEqual(['q3-planning', 'team_health']);
  });
});
