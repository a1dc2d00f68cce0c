// The one Markdown writer and the importer's reader agree: a document the editor can produce,
// written as Markdown and read back, is the same document; hostile text stays text. (Attributes
// at their editor default, an ordered list's start 1 or a code block without language, are left
// out here as the reader leaves them out: the editor fills them in.)
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/contract';
import { markdownToDoc } from '../safety/import/md-to-doc';
import { docToMarkdown } from './markdown';

const t = (text: string, ...marks: NonNullable<DocNode['marks']>): DocNode => (marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });

const CASES: [string, DocNode[]][] = [
  ['paragraphs', [p(t('One')), p(t('Two'))]],
  ['headings', [{ type: 'heading', attrs: { level: 1 }, content: [t('Top')] }, { type: 'heading', attrs: { level: 3 }, content: [t('Third')] }]],
  ['bold, italic, strike, code', [p(t('a '), t('bold', { type: 'bold' }), t(' '), t('it', { type: 'italic' }), t(' '), t('gone', { type: 'strike' }), t(' '), t('x()', { type: 'code' }))]],
  ['a link', [p(t('see '), t('docs', { type: 'link', attrs: { href: 'https://example.com/a?b=1' } }))]],
  ['a hard break', [p(t('line one'), { type: 'hardBreak' }, t('line two'))]],
  ['a bullet list with a nested list', [{ type: 'bulletList', content: [li(p(t('one')), { type: 'bulletList', content: [li(p(t('inner')))] }), li(p(t('two')))] }]],
  ['an ordered list', [{ type: 'orderedList', content: [li(p(t('first'))), li(p(t('second')))] }]],
  ['a quote', [{ type: 'blockquote', content: [p(t('quoted'))] }]],
  ['a code block', [{ type: 'codeBlock', content: [t('const a = 1;\nconst b = 2;')] }]],
  ['a rule', [p(t('above')), { type: 'horizontalRule' }, p(t('below'))]],
  ['markup characters as text', [p(t('[notes](javascript:alert(1)) <b>x</b> 2*3 to 1*2 a_b_c `tick` ~~no~~ \\ back'))]],
  ['text that looks like a block', [p(t('# not a heading')), p(t('- not a list')), p(t('1. not a list')), p(t('> not a quote'))]],
];

describe('Markdown written and read back', () => {
  it.each(CASES)('keeps %s', (_name, content) => {
    const doc: DocNode = { type: 'doc', content };
    const md = docToMarkdown(doc);
    expect(markdownToDoc(md).doc, md).toEqual(doc);
  });
});
