import { describe, expect, it } from 'vitest';
import { normaliseTag as contractNormalise } from '../../../common/contract/shared';
import { hashtags, normaliseTag } from './tags';

describe('tags', () => {
  it('normalises exactly like the contract', () => {
    for (const raw of ['Ops', '  #Ops ', '##Big Launch', 'Café', 'ÉQUIPE', 'a\tb  c']) {
      expect(normaliseTag(raw)).toBe(contractNormalise(raw));
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
