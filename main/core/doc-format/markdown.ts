/**
 * The one Markdown serializer of TipTap documents (reviews and brag documents): CommonMark (with GFM strikethrough): the title as a level-1 heading, then the
 * document. Every character of text is escaped so it reads back as the same text, never as
 * markup; links keep only safe schemes; marks (bold, italic, strike, code, link) open and
 * close across neighbouring text so they never produce broken delimiter runs. Marks Markdown
 * has no syntax for (underline) and unknown nodes keep their text only.
 *
 * Why not TipTap's @tiptap/markdown (checked at 3.34.0): its docs still call it a beta with
 * edge cases; it serializes through an Editor's extension set (@tiptap/core, StarterKit, marked),
 * which would bring the renderer's editor packages into the core; and the exports need what the
 * tests below hold this writer to: every character of text escaped, only safe link schemes,
 * anchors for the Evidence section. Reading Markdown (the importer's md-to-doc.ts) is the
 * other direction; a round trip through both is tested in doc-format/markdown.test.ts.
 */
import type { DocNode } from '../../../common/contract';
import { anchorId, INLINE_TYPES, plainText, safeHref } from './shared';

type Mark = NonNullable<DocNode['marks']>[number];

/** Outermost first. Code is not in the list: it is written as a span around its own text. */
const MARK_ORDER = ['link', 'bold', 'italic', 'strike'] as const;
type WrapMark = { type: (typeof MARK_ORDER)[number]; href?: string };

type Segment = { text: string; marks: WrapMark[]; code: boolean } | { break: true };

/** Escapes characters that mean something anywhere in a line. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<~|]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes what would start a block at the beginning of a line (heading, quote, list, rule, setext). */
function escapeLineStart(text: string): string {
  return text.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function wrapMarks(marks: Mark[] | undefined): { marks: WrapMark[]; code: boolean } {
  const out: WrapMark[] = [];
  let code = false;
  for (const m of marks ?? []) {
    if (m.type === 'code') code = true;
    else if (m.type === 'link') {
      const href = safeHref(m);
      if (href !== null) out.push({ type: 'link', href });
    } else if (m.type === 'bold' || m.type === 'italic' || m.type === 'strike') out.push({ type: m.type });
  }
  out.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  return { marks: out, code };
}

function sameMark(a: WrapMark, b: WrapMark): boolean {
  return a.type === b.type && a.href === b.href;
}

/** Inline content as text runs and line breaks; neighbouring runs with the same marks are joined. */
function segments(nodes: DocNode[]): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, marks: Mark[] | undefined) => {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) out.push({ break: true });
      if (part === '') return;
      const wrap = wrapMarks(marks);
      const last = out[out.length - 1];
      if (
        last &&
        !('break' in last) &&
        last.code === wrap.code &&
        last.marks.length === wrap.marks.length &&
        last.marks.every((m, j) => sameMark(m, wrap.marks[j]!))
      ) {
        last.text += part;
      } else {
        out.push({ text: part, ...wrap });
      }
    });
  };
  for (const node of nodes) {
    if (node.type === 'hardBreak') out.push({ break: true });
    else push(plainText(node), node.marks);
  }
  return out;
}

const OPEN: Record<WrapMark['type'], string> = { link: '[', bold: '**', italic: '*', strike: '~~' };

function closer(mark: WrapMark): string {
  if (mark.type !== 'link') return OPEN[mark.type];
  return `](<${mark.href!.replace(/[<>\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}>)`;
}

/** Inline content as one Markdown line (or several joined by hard breaks; in a heading, by spaces). */
function inline(nodes: DocNode[], inHeading = false): string {
  let out = '';
  const active: WrapMark[] = [];
  let pendingSpace = '';
  let atLineStart = true;
  const closeFrom = (keep: number) => {
    while (active.length > keep) out += closer(active.pop()!);
  };
  for (const seg of segments(nodes)) {
    if ('break' in seg) {
      closeFrom(0);
      pendingSpace = '';
      if (inHeading) pendingSpace = ' ';
      else if (!atLineStart) {
        out += '\\\n';
        atLineStart = true;
      }
      continue;
    }
    let text = seg.text;
    if (atLineStart) text = text.replace(/^\s+/, '');
    if (text === '') continue;
    let keep = 0;
    while (keep < active.length && keep < seg.marks.length && sameMark(active[keep]!, seg.marks[keep]!)) keep++;
    if (!seg.code && text.trim() === '') {
      // Spaces alone never open a mark (an empty "** **" would show its asterisks).
      closeFrom(keep);
      pendingSpace += text;
      continue;
    }
    closeFrom(keep);
    out += pendingSpace;
    pendingSpace = '';
    const opening = seg.marks.slice(keep);
    if (!seg.code) {
      // Emphasis cannot start or end with a space: keep spaces outside the delimiters.
      const lead = /^\s*/.exec(text)![0];
      const trail = /\s*$/.exec(text)![0];
      out += lead;
      text = text.slice(lead.length, text.length - trail.length);
      pendingSpace = trail;
    }
    for (const m of opening) {
      out += OPEN[m.type];
      active.push(m);
    }
    if (seg.code) out += codeSpan(text);
    else out += isLineStart(out) ? escapeLineStart(escapeInline(text)) : escapeInline(text);
    atLineStart = false;
  }
  closeFrom(0);
  return out;
}

/** Whether `out` ends at the start of a line. */
function isLineStart(out: string): boolean {
  return out === '' || out.endsWith('\n');
}

/** Prefixes the first line with `marker` and indents the rest to line up under it. */
function indent(text: string, marker: string): string {
  const pad = ' '.repeat(marker.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? `${marker}${line}` : line === '' ? '' : `${pad}${line}`))
    .join('\n')
    .trimEnd();
}

function listItems(node: DocNode, marker: (i: number) => string): string {
  return (node.content ?? [])
    .map((item, i) => {
      const m = marker(i);
      // A nested list may follow its paragraph directly, which keeps the list tight.
      const parts: string[] = [];
      const children = item.content ?? [];
      children.forEach((child, j) => {
        const text = block(child, children[j - 1]);
        if (text === null) return;
        const isList = child.type === 'bulletList' || child.type === 'orderedList';
        parts.push(parts.length === 0 ? text : `${isList ? '\n' : '\n\n'}${text}`);
      });
      const id = anchorId(item);
      return indent(`${id ? `<a id="${id}"></a>` : ''}${parts.join('')}`, `${m} `);
    })
    .join('\n');
}

/** One block as Markdown, or null when it shows nothing. `previous` is the block before it. */
function block(node: DocNode, previous: DocNode | undefined): string | null {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph': {
      const text = inline(content);
      return text === '' ? null : text;
    }
    case 'heading': {
      const raw = Number(node.attrs?.level);
      const level = Number.isInteger(raw) ? Math.min(6, Math.max(1, raw)) : 2;
      const text = inline(content, true).replace(/#+$/, (run) => `\\${run}`);
      return text === '' ? null : `${'#'.repeat(level)} ${text}`;
    }
    case 'bulletList': {
      const bullet = previous?.type === 'bulletList' ? '*' : '-'; // two lists in a row stay two lists
      return content.length === 0 ? null : listItems(node, () => bullet);
    }
    case 'orderedList': {
      const start = Number.isInteger(node.attrs?.start) ? Math.max(0, node.attrs!.start as number) : 1;
      const delimiter = previous?.type === 'orderedList' ? ')' : '.';
      return content.length === 0 ? null : listItems(node, (i) => `${start + i}${delimiter}`);
    }
    case 'blockquote': {
      const inner = blocks(content);
      return inner === '' ? null : inner.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
    }
    case 'horizontalRule':
      return '---';
    case 'codeBlock': {
      const code = plainText(node).replace(/\n$/, '');
      const language = typeof node.attrs?.language === 'string' && /^[\w#+.-]{1,30}$/.test(node.attrs.language) ? node.attrs.language : '';
      const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      return `${fence}${language}\n${code}\n${fence}`;
    }
    default:
      if (content.some((c) => INLINE_TYPES.has(c.type))) {
        const text = inline(content);
        return text === '' ? null : text;
      }
      return blocks(content) || null;
  }
}

function blocks(nodes: DocNode[]): string {
  const out: string[] = [];
  nodes.forEach((node, i) => {
    const text = block(node, nodes[i - 1]);
    if (text !== null) out.push(text);
  });
  return out.join('\n\n');
}

/**
 * A plain string (a title, a name, an impact) as Markdown that reads back as the same text:
 * on one line, every markup character escaped; in a heading, closing #s escaped too.
 */
export function markdownText(text: string, inHeading = false): string {
  const line = inline([{ type: 'text', text: text.replace(/\s+/g, ' ').trim() }], inHeading);
  return inHeading ? line.replace(/#+$/, (run) => `\\${run}`) : line;
}

/** Headings pushed down by `offset` levels (at most 6), for a document placed under a file's own headings. */
function shiftHeadings(node: DocNode, offset: number): DocNode {
  if (offset === 0) return node;
  if (node.type === 'heading') {
    const raw = Number(node.attrs?.level);
    const level = Number.isInteger(raw) ? Math.min(6, Math.max(1, raw) + offset) : Math.min(6, 2 + offset);
    return { ...node, attrs: { ...node.attrs, level } };
  }
  return node.content ? { ...node, content: node.content.map((c) => shiftHeadings(c, offset)) } : node;
}

/** A document's body as Markdown, headings pushed down by `headingOffset` levels. */
export function docToMarkdown(document: DocNode, headingOffset = 0): string {
  return blocks(shiftHeadings(document, headingOffset).content ?? []);
}

/** The whole review as a Markdown file. */
export function toMarkdown(title: string, document: DocNode): string {
  const heading = inline([{ type: 'text', text: title }], true).replace(/#+$/, (run) => `\\${run}`);
  const body = blocks(document.content ?? []);
  return `# ${heading}\n${body ? `\n${body}\n` : ''}`;
}
