import { getSchema } from '@tiptap/core';
import Mention from '@tiptap/extension-mention';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/contract';
import { mentionsOf, tagsOf } from './doc-scan';

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
