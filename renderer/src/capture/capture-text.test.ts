import { describe, expect, it } from 'vitest';
import { parseCapture } from './capture-text';

const ana = { id: 'a', name: 'Ana' };
const anaLopez = { id: 'b', name: 'Ana Lopez' };
const sam = { id: 'c', name: 'Sam' };

describe('quick capture line', () => {
  it('turns @names of people on the map into mentions, preferring the longest name', () => {
    const parsed = parseCapture('Demoed search to @ana lopez and @Sam #search #Q3', [ana, anaLopez, sam]);
    expect(parsed.people).toEqual([anaLopez, sam]);
    expect(parsed.tags).toEqual(['search', 'q3']);
    expect(parsed.doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Demoed search to ' },
            { type: 'mention', attrs: { id: 'b', label: 'Ana Lopez' } },
            { type: 'text', text: ' and ' },
            { type: 'mention', attrs: { id: 'c', label: 'Sam' } },
            { type: 'text', text: ' #search #Q3' },
          ],
        },
      ],
    });
  });

  it('leaves unknown @names, e-mail addresses and partial names as text', () => {
    const parsed = parseCapture('Mailed bob@example.com and @Samantha, cc @Zoe', [sam]);
    expect(parsed.people).toEqual([]);
    expect(parsed.doc.content?.[0]?.content).toEqual([{ type: 'text', text: 'Mailed bob@example.com and @Samantha, cc @Zoe' }]);
  });

  it('gives an empty paragraph for an empty line', () => {
    expect(parseCapture('   ', [sam]).doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
