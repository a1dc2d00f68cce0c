/** Reads mentions and #tags from the live editor document (ProseMirror), cheaply enough to run on each change. */
import type { Node as PmNode } from '@tiptap/pm/model';
import { hashtags } from './tags';

/** Ids of the people mentioned, once each, in reading order. */
export function mentionsOf(doc: PmNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'mention' && typeof node.attrs.id === 'string' && !ids.includes(node.attrs.id)) {
      ids.push(node.attrs.id);
    }
    return node.isBlock; // inline nodes hold no mentions
  });
  return ids;
}

/** The #tags written in the text; blocks are read as separate lines so tags never run together. */
export function tagsOf(doc: PmNode): string[] {
  const text = doc.textBetween(0, doc.content.size, '\n', (leaf) =>
    leaf.type.name === 'mention' ? `@${String(leaf.attrs.label ?? '')}` : leaf.isText ? (leaf.text ?? '') : '\n',
  );
  return hashtags(text);
}
