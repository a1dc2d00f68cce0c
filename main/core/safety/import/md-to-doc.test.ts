import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../../../common/contract';
import { docToText } from '../../text';
import { markdownToDoc, plainTextToDoc } from './md-to-doc';
import { headingPeriod, leadingDate } from './dates';

describe('Markdown to document', () => {
  it('reads headings, paragraphs with line breaks, nested lists, quotes, code and inline marks', () => {
    const { doc, images } = markdownToDoc(
      [
        '## Today',
        'First line',
        'second line with `code` and a [link](https://x.dev) and _stress_ and snake_case_name',
        '',
        '- one',
        '  - nested **bold**',
        '- two',
        '1. first',
        '> quoted',
        '```',
        '# not a heading',
        '```',
        '![photo](a.png) \\*not italic\\*',
      ].join('\n'),
    );
    expect(checkDoc(doc)).toBeNull();
    expect(images).toBe(1);
    expect(doc.content!.map((n) => n.type)).toEqual(['heading', 'paragraph', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'paragraph']);
    expect(doc.content![1]!.content).toEqual([
      { type: 'text', text: 'First line' },
      { type: 'hardBreak' },
      { type: 'text', text: 'second line with ' },
      { type: 'text', text: 'code', marks: [{ type: 'code' }] },
      { type: 'text', text: ' and a ' },
      { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://x.dev' } }] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'stress', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' and snake_case_name' },
    ]);
    const nested = doc.content![2]!.content![0]!.content![1]!;
    expect(nested.type).toBe('bulletList');
    expect(nested.content![0]!.content![0]!.content).toEqual([
      { type: 'text', text: 'nested ' },
      { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
    ]);
    expect(doc.content![5]).toEqual({ type: 'codeBlock', content: [{ type: 'text', text: '# not a heading' }] });
    // An image leaves a readable placeholder where it was.
    expect(doc.content![6]!.content).toEqual([{ type: 'text', text: '[image: photo]' }, { type: 'text', text: ' *not italic*' }]);
  });

  it('stays within the document limits for hostile input (deep quotes, lists and marks)', () => {
    const hostile = ['> '.repeat(5000) + 'deep', ...Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`), '*'.repeat(20_000) + 'x' + '*'.repeat(20_000)].join('\n');
    const { doc } = markdownToDoc(hostile);
    expect(checkDoc(doc)).toBeNull();
    expect(docToText(doc)).toContain('level 199');
  });

  it('keeps plain text (jrnl) as paragraphs with line breaks', () => {
    expect(plainTextToDoc('a\nb\n\n\nc')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'c' }] },
      ],
    });
    expect(plainTextToDoc('   ')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('dates in hand-written Markdown', () => {
  it('finds a leading date in the usual spellings and strips it', () => {
    expect(leadingDate('2024-03-05: Shipped')).toEqual({ day: '2024-03-05', rest: 'Shipped' });
    expect(leadingDate('**Mar 5, 2024** — Shipped')).toEqual({ day: '2024-03-05', rest: 'Shipped' });
    expect(leadingDate('5th March 2024 - Shipped')).toEqual({ day: '2024-03-05', rest: 'Shipped' });
    expect(leadingDate('[2024/3/5] Shipped')).toEqual({ day: '2024-03-05', rest: 'Shipped' });
    expect(leadingDate('Shipped on 2024-03-05')).toBeNull();
    expect(leadingDate('2024-02-30 no such day')).toBeNull();
  });

  it('reads the period a heading names, as its first day', () => {
    expect(headingPeriod('Week of 4 March 2024')).toEqual({ day: '2024-03-04', precision: 'day' });
    expect(headingPeriod('March 2024')).toEqual({ day: '2024-03-01', precision: 'month' });
    expect(headingPeriod('2024-07')).toEqual({ day: '2024-07-01', precision: 'month' });
    expect(headingPeriod('Q3 2024')).toEqual({ day: '2024-07-01', precision: 'quarter' });
    expect(headingPeriod('2024 H2')).toEqual({ day: '2024-07-01', precision: 'half' });
    expect(headingPeriod('Brag document 2024')).toEqual({ day: '2024-01-01', precision: 'year' });
    expect(headingPeriod('Mentoring')).toBeNull();
  });
});
