/** How a review names an entry that has no title: never a word cut in half. */
import { describe, expect, it } from 'vitest';
import { leadSentence } from './format';

describe('leadSentence', () => {
  it('takes the first sentence whole when it fits, keeping decimals and versions inside it', () => {
    expect(leadSentence('Moved billing to v2.3 in prod. Then wrote the notes.')).toBe('Moved billing to v2.3 in prod.');
    expect(leadSentence('No full stop here')).toBe('No full stop here');
  });

  it('shortens a long sentence at its last clause boundary, else at a word, never mid-word', () => {
    const long =
      'Moved the pricing page to the new design system by fixing the shared button component, which had drifted in three apps, and writing the migration guide that two other teams followed.';
    expect(leadSentence(long, 140)).toBe('Moved the pricing page to the new design system by fixing the shared button component, which had drifted in three apps…');
    const noClause = 'word '.repeat(40).trim();
    const cut = leadSentence(noClause, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});
