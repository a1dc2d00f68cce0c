/** TipTap documents rendered as Markdown and as (escaped, script-free) HTML for brag documents. */
import type { DocNode } from '../../../common/contract';

type Mark = NonNullable<DocNode['marks']>[number];

/** Markdown for a document; body headings are pushed down by `headingOffset` levels. */
export function docToMarkdown(doc: DocNode, headingOffset = 0): string {
  return blocksMd(doc.content ?? [], headingOffset).join('\n\n').trim();
}

function blocksMd(nodes: DocNode[], offset: number): string[] {
  return nodes.map((n) => blockMd(n, offset)).filter((s) => s.trim() !== '');
}

function blockMd(node: DocNode, offset: number): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return inlineMd(children);
    case 'heading': {
      const level = Math.min(6, Number(node.attrs?.level ?? 1) + offset);
      return `${'#'.repeat(level)} ${inlineMd(children)}`;
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return children
        .map((item, i) => {
          const marker =
            node.type === 'orderedList' ? `${i + 1}.` : node.type === 'taskList' ? (item.attrs?.checked ? '- [x]' : '- [ ]') : '-';
          const body = blocksMd(item.content ?? [], offset).join('\n\n');
          return `${marker} ${indent(body, ' '.repeat(marker.length + 1))}`;
        })
        .join('\n');
    case 'blockquote':
      return blocksMd(children, offset)
        .join('\n\n')
        .split('\n')
        .map((l) => `> ${l}`.trimEnd())
        .join('\n');
    case 'codeBlock':
      return `\`\`\`\n${children.map((c) => c.text ?? '').join('')}\n\`\`\``;
    case 'horizontalRule':
      return '---';
    default:
      return children.some((c) => c.type === 'text') ? inlineMd(children) : blocksMd(children, offset).join('\n\n');
  }
}

function indent(text: string, pad: string): string {
  return text.replace(/\n(?=.)/g, `\n${pad}`);
}

function inlineMd(nodes: DocNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'hardBreak') return '  \n';
      if (n.type === 'mention') return `@${String(n.attrs?.label ?? n.attrs?.id ?? '')}`;
      if (n.type !== 'text') return inlineMd(n.content ?? []);
      let s = n.text ?? '';
      for (const m of n.marks ?? []) s = markMd(m, s);
      return s;
    })
    .join('');
}

function markMd(mark: Mark, s: string): string {
  switch (mark.type) {
    case 'bold':
      return `**${s}**`;
    case 'italic':
      return `_${s}_`;
    case 'strike':
      return `~~${s}~~`;
    case 'code':
      return `\`${s}\``;
    case 'link': {
      const href = safeHref(mark.attrs?.href);
      return href ? `[${s}](${href})` : s;
    }
    default:
      return s;
  }
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Only web and mail links survive an export: no javascript:, data: or file: URLs. */
function safeHref(href: unknown): string | null {
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

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
      const href = safeHref(mark.attrs?.href);
      return href ? `<a href="${escapeHtml(href)}" rel="noreferrer">${s}</a>` : s;
    }
    default:
      return s;
  }
}
