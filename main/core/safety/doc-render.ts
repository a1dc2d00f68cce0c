/**
 * TipTap documents as (escaped, script-free) HTML for brag documents. The Markdown of every
 * document is main/core/doc-format/markdown.ts; escaping and allowed links are shared with it
 * (doc-format/shared.ts).
 */
import type { DocNode } from '../../../common/contract';
import { escapeHtml, safeHref } from '../doc-format/shared';

type Mark = NonNullable<DocNode['marks']>[number];

/** HTML for a document; headings pushed down by `headingOffset`. Every text is escaped. */
export function docToHtml(doc: DocNode, headingOffset = 0): string {
  return (doc.content ?? []).map((n) => blockHtml(n, headingOffset)).join('\n');
}

function blockHtml(node: DocNode, offset: number): string {
  const children = node.content ?? [];
  const inner = () => children.map((c) => blockHtml(c, offset)).join('\n');
  switch (node.type) {
    case 'paragraph':
      return `<p>${inlineHtml(children)}</p>`;
    case 'heading': {
      const level = Math.min(6, Number(node.attrs?.level ?? 1) + offset);
      return `<h${level}>${inlineHtml(children)}</h${level}>`;
    }
    case 'bulletList':
    case 'taskList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'taskItem':
      return `<li>${node.attrs?.checked ? '☑' : '☐'} ${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml(children.map((c) => c.text ?? '').join(''))}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    default:
      return children.some((c) => c.type === 'text') ? `<p>${inlineHtml(children)}</p>` : inner();
  }
}

function inlineHtml(nodes: DocNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'hardBreak') return '<br>';
      if (n.type === 'mention') return `<span class="mention">@${escapeHtml(String(n.attrs?.label ?? n.attrs?.id ?? ''))}</span>`;
      if (n.type !== 'text') return inlineHtml(n.content ?? []);
      let s = escapeHtml(n.text ?? '');
      for (const m of n.marks ?? []) s = markHtml(m, s);
      return s;
    })
    .join('');
}

function markHtml(mark: Mark, s: string): string {
  switch (mark.type) {
    case 'bold':
      return `<strong>${s}</strong>`;
    case 'italic':
      return `<em>${s}</em>`;
    case 'strike':
      return `<s>${s}</s>`;
    case 'code':
      return `<code>${s}</code>`;
    case 'link': {
      const href = safeHref(mark);
      return href ? `<a href="${escapeHtml(href)}" rel="noreferrer">${s}</a>` : s;
    }
    default:
      return s;
  }
}
