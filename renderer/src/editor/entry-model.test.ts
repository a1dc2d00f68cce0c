import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/contract';
import { isEmptyDoc } from './entry-model';

const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const t = (text: string): DocNode => ({ type: 'text', text });
const m = (id: string, label: string): DocNode => ({ type: 'mention', attrs: { id, label } });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

describe('entry documents', () => {
  it('treats blank paragraphs as empty and any text, mention or rule as content', () => {
    expect(isEmptyDoc(doc({ type: 'paragraph' }))).toBe(true);
    expect(isEmptyDoc(doc(p(t('   ')), { type: 'paragraph' }))).toBe(true);
    expect(isEmptyDoc(doc(p(t('Shipped'))))).toBe(false);
    expect(isEmptyDoc(doc(p(m('a', 'Ana'))))).toBe(false);
    expect(isEmptyDoc(doc({ type: 'horizontalRule' }))).toBe(false);
  });
});
