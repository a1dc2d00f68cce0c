/**
 * What every document the app writes shares (the review and brag-document exports, as
 * Markdown and as HTML): the one list of link schemes that survive, the one HTML escape, file
 * names.
 */
import type { DocNode } from '../../../common/contract';

/** What a link may point at in an exported file: an anchor inside it, and ordinary web and mail links. */
const SAFE_HREF = /^(?:https?:|mailto:|#[A-Za-z][\w-]*$)/i;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and (quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An anchor id a block may carry in an export (the Evidence section and its entries), or null. */
export function anchorId(node: DocNode): string | null {
  const id = node.attrs?.id;
  return typeof id === 'string' && /^[A-Za-z][\w-]{0,80}$/.test(id) ? id : null;
}

/**
 * The href of a link mark when it is safe to keep in an exported file, else null (the text
 * stays, the link goes): no `javascript:` or other active schemes, no control characters.
 */
export function safeHref(mark: NonNullable<DocNode['marks']>[number]): string | null {
  const href = mark.attrs?.href;
  // eslint-disable-next-line no-control-regex
  if (typeof href !== 'string' || /[\u0000-\u001f\u007f]/.test(href)) return null;
  return SAFE_HREF.test(href) ? href : null;
}

/** A file name from a review's title: "self-review-h1-2025.md". */
export function exportFilename(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'review'}.${extension}`;
}

/** The text of a node and everything under it (for nodes an export has no markup for). */
export function plainText(node: DocNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'mention') {
    const label = node.attrs?.label ?? node.attrs?.id;
    return typeof label === 'string' ? `@${label}` : '';
  }
  return (node.content ?? []).map(plainText).join('');
}

/** Inline node types: a node holding any of these is written as a line of text. */
export const INLINE_TYPES = new Set(['text', 'hardBreak', 'mention']);
