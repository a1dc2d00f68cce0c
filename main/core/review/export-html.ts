/**
 * A review as one standalone HTML file: minimal inline CSS, no scripts, nothing loaded from
 * anywhere (a Content-Security-Policy says so to the browser too). Every piece of text and
 * every attribute is escaped; links keep only safe schemes; unknown nodes keep their text.
 */
import type { DocNode } from '../../../common/contract';
import { anchorId, escapeHtml, INLINE_TYPES, plainText, safeHref } from '../doc-format/shared';

/** Innermost first: how marks nest around a piece of text. */
const MARK_TAGS: [string, string][] = [
  ['code', 'code'],
  ['strike', 's'],
  ['underline', 'u'],
  ['italic', 'em'],
  ['bold', 'strong'],
];

function textHtml(node: DocNode): string {
  let html = escapeHtml(plainText(node)).replace(/\n/g, '<br>');
  const marks = node.marks ?? [];
  for (const [type, tag] of MARK_TAGS) {
    if (marks.some((m) => m.type === type)) html = `<${tag}>${html}</${tag}>`;
  }
  const link = marks.find((m) => m.type === 'link');
  const href = link ? safeHref(link) : null;
  return href === null ? html : `<a href="${escapeHtml(href)}">${html}</a>`;
}

function inline(nodes: DocNode[]): string {
  return nodes.map((n) => (n.type === 'hardBreak' ? '<br>' : textHtml(n))).join('');
}

function node(n: DocNode): string {
  const content = n.content ?? [];
  switch (n.type) {
    case 'paragraph':
      return `<p>${inline(content)}</p>`;
    case 'heading': {
      const raw = Number(n.attrs?.level);
      const level = Number.isInteger(raw) ? Math.min(6, Math.max(1, raw)) : 2;
      const id = anchorId(n);
      return `<h${level}${id ? ` id="${id}"` : ''}>${inline(content)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>\n${content.map(node).join('\n')}\n</ul>`;
    case 'orderedList': {
      const start = Number.isInteger(n.attrs?.start) ? (n.attrs!.start as number) : 1;
      return `<ol${start === 1 ? '' : ` start="${start}"`}>\n${content.map(node).join('\n')}\n</ol>`;
    }
    case 'listItem':
      return `<li${anchorId(n) ? ` id="${anchorId(n)}"` : ''}>${content.map(node).join('\n')}</li>`;
    case 'blockquote':
      return `<blockquote>\n${content.map(node).join('\n')}\n</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
    case 'hardBreak':
      return '<br>';
    case 'codeBlock': {
      const language =
        typeof n.attrs?.language === 'string' && /^[\w#+.-]{1,30}$/.test(n.attrs.language)
          ? ` class="language-${escapeHtml(n.attrs.language)}"`
          : '';
      return `<pre><code${language}>${escapeHtml(plainText(n))}</code></pre>`;
    }
    case 'text':
    case 'mention':
      return textHtml(n);
    default:
      return content.some((c) => INLINE_TYPES.has(c.type)) ? `<p>${inline(content)}</p>` : content.map(node).join('\n');
  }
}

const STYLE = `
  body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; margin: 0; }
  main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
  h1 { font-size: 1.9rem; margin: 0 0 1rem; }
  h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
  a { color: #0b57d0; }
  blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 3px solid #ccc; color: #444; }
  code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.92em; background: #f4f4f5; }
  code { padding: 0.1em 0.3em; border-radius: 3px; }
  pre { padding: 0.8rem 1rem; overflow-x: auto; border-radius: 4px; }
  pre code { padding: 0; background: none; }
  li > p { margin: 0.2rem 0; }
  hr { border: none; border-top: 1px solid #ddd; margin: 2rem 0; }
  @media print { main { max-width: none; padding: 0; } a { color: inherit; } }
`;

/** The whole review as a standalone HTML document. */
export function toHtml(title: string, document: DocNode): string {
  const body = (document.content ?? []).map(node).join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
