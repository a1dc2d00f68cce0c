/**
 * One small block model for a prepared update, written out twice: as Markdown to paste into
 * email or chat, and as a TipTap document made only of StarterKit nodes (heading, paragraph,
 * bulletList, listItem, hardBreak, text with bold).
 */
import type { DocNode } from '../../../common/contract';

export type Inline = { text: string; bold?: boolean } | { hardBreak: true };

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; inline: Inline[] }
  | { kind: 'bullets'; items: Inline[][] };

/** Escapes Markdown syntax in user text; at a line start also what would begin a list or quote. */
function escapeMd(text: string, lineStart: boolean): string {
  const escaped = text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
  if (!lineStart) return escaped;
  return escaped.replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function inlineMd(inline: Inline[], breakIndent: string): string {
  let out = '';
  let lineStart = true;
  for (const part of inline) {
    if ('hardBreak' in part) {
      out += `  \n${breakIndent}`;
      lineStart = true;
      continue;
    }
    if (part.text === '') continue;
    // Inside ** a leading "-" or "1." cannot start a list: only plain text needs that escape.
    const text = escapeMd(part.text, lineStart && !part.bold);
    out += part.bold ? `**${text}**` : text;
    lineStart = false;
  }
  return out;
}

/** The blocks as Markdown, blocks separated by a blank line. */
export function toMarkdown(blocks: Block[]): string {
  const parts = blocks.map((b) => {
    if (b.kind === 'heading') return `${'#'.repeat(b.level)} ${escapeMd(b.text, false)}`;
    if (b.kind === 'paragraph') return inlineMd(b.inline, '');
    return b.items.map((item) => `- ${inlineMd(item, '  ')}`).join('\n');
  });
  return `${parts.join('\n\n')}\n`;
}

function inlineNodes(inline: Inline[]): DocNode[] {
  const nodes: DocNode[] = [];
  for (const part of inline) {
    if ('hardBreak' in part) nodes.push({ type: 'hardBreak' });
    else if (part.text !== '') {
      nodes.push(part.bold ? { type: 'text', text: part.text, marks: [{ type: 'bold' }] } : { type: 'text', text: part.text });
    }
  }
  return nodes;
}

function paragraphNode(inline: Inline[]): DocNode {
  const content = inlineNodes(inline);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** The blocks as a TipTap document. */
export function toDoc(blocks: Block[]): DocNode {
  const content = blocks.map((b): DocNode => {
    if (b.kind === 'heading') {
      return { type: 'heading', attrs: { level: b.level }, content: inlineNodes([{ text: b.text }]) };
    }
    if (b.kind === 'paragraph') return paragraphNode(b.inline);
    return {
      type: 'bulletList',
      content: b.items.map((item) => ({ type: 'listItem', content: [paragraphNode(item)] })),
    };
  });
  return { type: 'doc', content };
}
