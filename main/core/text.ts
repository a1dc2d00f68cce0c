/** Plain text derived from a TipTap document: what search and the self-review read. */
import type { DocNode } from '../../common/contract';

const BLOCK_BREAK = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'listItem',
  'taskItem',
  'horizontalRule',
  'tableRow',
]);

/** Characters we never keep in derived text (they are the search highlight markers and other controls). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Flattens a document into text: blocks on their own lines, mentions as "@Name". */
export function docToText(doc: DocNode): string {
  const lines: string[] = [];
  let line = '';
  const stack: { node: DocNode; exit?: boolean }[] = [{ node: doc }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      if (line.trim() !== '') lines.push(line.trim());
      line = '';
      continue;
    }
    if (node.type === 'text' && typeof node.text === 'string') {
      line += node.text;
    } else if (node.type === 'mention') {
      const label = node.attrs?.label ?? node.attrs?.id;
      if (typeof label === 'string') line += `@${label}`;
    } else if (node.type === 'hardBreak') {
      if (line.trim() !== '') lines.push(line.trim());
      line = '';
    }
    if (BLOCK_BREAK.has(node.type)) stack.push({ node, exit: true });
    const children = node.content ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines.join('\n').replace(CONTROL, '');
}

/** A single-line field (title, impact) without control characters; empty becomes null. */
export function cleanLine(text: string | null): string | null {
  if (text === null) return null;
  const clean = text.replace(CONTROL, '').trim();
  return clean === '' ? null : clean;
}

/** Ids of the stakeholders mentioned in a document (TipTap mention nodes). */
export function mentionedIds(doc: DocNode): string[] {
  const ids = new Set<string>();
  const stack: DocNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'mention' && typeof node.attrs?.id === 'string') ids.add(node.attrs.id);
    if (node.content) stack.push(...node.content);
  }
  return [...ids];
}

export function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** First characters of the text, cut at a word boundary. */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
