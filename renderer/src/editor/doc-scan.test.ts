import { getSchema } from '@tiptap/core';
import Mention from '@tiptap/extension-mention';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/contract';
import { createDocScanner, mentionsOf, tagsOf } from './doc-scan';

const schema = getSchema([StarterKit, Mention]);
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const t = (text: string): DocNode => ({ type: 'text', text });
const m = (id: string, label: string): DocNode => ({ type: 'mention', attrs: { id, label } });
const read = (...content: DocNode[]) => schema.nodeFromJSON({ type: 'doc', content });

describe('reading the editor document', () => {
  it('lists mentioned people once, in reading order, including inside lists', () => {
    const doc = read(p(t('Demoed to '), m('ana', 'Ana'), t(' and '), m('bo', 'Bo')), {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(m('ana', 'Ana'), t(' and '), m('cy', 'Cy'))] }],
    });
    expect(mentionsOf(doc)).toEqual(['ana', 'bo', 'cy']);
  });

  it('keeps blocks apart so a #tag ending one line does not run into the next', () => {
    const doc = read(p(t('Planned #q3')), p(t('#ops review with '), m('a', 'Ana')), { type: 'horizontalRule' }, p(t('#later')));
    expect(tagsOf(doc)).toEqual(['q3', 'ops', 'later']);
  });

  it('does not read a mention label as a tag', () => {
    expect(tagsOf(read(p(m('a', '#notatag'), t(' done'))))).toEqual([]);
  });
});

describe('reading the document on each keystroke (block by block, remembered)', () => {
  const sample = () =>
    read(
      p(t('Planned #q3 with '), m('ana', 'Ana')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('#ops and '), m('bo', 'Bo'), t(' #q3'))] }] },
      { type: 'horizontalRule' },
      p(m('ana', 'Ana'), t(' #later')),
    );

  it('finds the same people and tags as reading the whole document', () => {
    const scan = createDocScanner();
    const doc = sample();
    expect(scan(doc)).toEqual({ mentions: mentionsOf(doc), tags: tagsOf(doc) });
    expect(scan(doc)).toEqual({ mentions: ['ana', 'bo'], tags: ['q3', 'ops', 'later'] });
  });

  it('sees an edit in one block while the others are remembered', () => {
    const scan = createDocScanner();
    let doc = sample();
    scan(doc);
    // Type " #new" at the end of the first paragraph, and remove the last paragraph.
    const first = doc.child(0);
    doc = doc.copy(doc.content.replaceChild(0, first.copy(first.content.append(read(p(t(' #new'))).child(0).content))));
    expect(scan(doc).tags).toEqual(['q3', 'new', 'ops', 'later']);
    const withoutLast = doc.copy(doc.content.cut(0, doc.content.size - doc.lastChild!.nodeSize));
    expect(scan(withoutLast)).toEqual({ mentions: ['ana', 'bo'], tags: ['q3', 'new', 'ops'] });
    expect(scan(withoutLast)).toEqual({ mentions: mentionsOf(withoutLast), tags: tagsOf(withoutLast) });
  });
});
