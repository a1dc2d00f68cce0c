/**
 * Builders for the TipTap JSON of a generated review. Only StarterKit node and mark types
 * are used (doc, heading, paragraph, bulletList, listItem, text; bold, italic, link), so the
 * renderer's editor loads a draft without custom extensions. Empty text is never emitted
 * (ProseMirror rejects empty text nodes).
 */
import { type DocNode, entryHref } from '../../../common/contract';

type Mark = NonNullable<DocNode['marks']>[number];

/** A text node, or null for empty text. */
export function text(value: string, marks: Mark[] = []): DocNode | null {
  if (value === '') return null;
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

export function bold(value: string): DocNode | null {
  return text(value, [{ type: 'bold' }]);
}

export function italic(value: string): DocNode | null {
  return text(value, [{ type: 'italic' }]);
}

/** Text linking to an entry (href `scopebook://entry/<id>`). */
export function entryLink(value: string, entryId: string): DocNode | null {
  return text(value, [{ type: 'link', attrs: { href: entryHref(entryId) } }]);
}

/** Text linking to `href` (an entry, a filtered timeline or a web page). */
export function link(value: string, href: string): DocNode | null {
  return text(value, [{ type: 'link', attrs: { href } }]);
}

function present(nodes: (DocNode | null)[]): DocNode[] {
  return nodes.filter((n): n is DocNode => n !== null);
}

export function paragraph(...inline: (DocNode | null)[]): DocNode {
  const content = present(inline);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function heading(level: number, value: string): DocNode {
  return { type: 'heading', attrs: { level }, content: present([text(value)]) };
}

export function listItem(...blocks: DocNode[]): DocNode {
  return { type: 'listItem', content: blocks };
}

export function bulletList(items: DocNode[]): DocNode {
  return { type: 'bulletList', content: items };
}

export function doc(blocks: DocNode[]): DocNode {
  return { type: 'doc', content: blocks.length > 0 ? blocks : [paragraph()] };
}
