/**
 * A small Markdown reader for imported journals: headings, paragraphs (line breaks kept,
 * as journals mean them), bullet/numbered/task lists with nesting, quotes, code blocks,
 * rules, and inline bold/italic/code/strike/links/[[wiki links]]. Images are dropped
 * (counted, so the preview can say so). Produces a TipTap document.
 */
import type { DocNode } from '../../../../common/contract';

type Mark = NonNullable<DocNode['marks']>[number];

export interface MdResult {
  doc: DocNode;
  /** Images left out (photos are not imported). */
  images: number;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const MAX_LIST_DEPTH = 8;

interface ListFrame {
  indent: number;
  node: DocNode;
}

const MAX_QUOTE_DEPTH = 6;
const MAX_MARKS = 6;

/** Converts Markdown text to a document (always valid: at least one paragraph). */
export function markdownToDoc(markdown: string, quoteDepth = 0): MdResult {
  const counter = { images: 0 };
  const blocks: DocNode[] = [];
  const lines = markdown.replace(CONTROL, '').split(/\r\n|\r|\n/);
  let para: string[] = [];
  let quote: string[] | null = null;
  let lists: ListFrame[] = [];
  let fence: { marker: string; lines: string[] } | null = null;

  const flushPara = () => {
    if (para.length > 0) {
      const content = inlineLines(para, counter);
      if (content.length > 0) push({ type: 'paragraph', content });
    }
    para = [];
  };
  const flushQuote = () => {
    if (quote) {
      const inner = markdownToDoc(quote.join('\n'), quoteDepth + 1);
      counter.images += inner.images;
      blocks.push({ type: 'blockquote', content: inner.doc.content ?? [] });
    }
    quote = null;
  };
  const closeLists = () => {
    flushPara();
    lists = [];
  };
  /** Adds a block to the current list item, or to the document. */
  const push = (node: DocNode) => {
    const top = lists[lists.length - 1];
    if (top) {
      const items = top.node.content!;
      items[items.length - 1]!.content!.push(node);
    } else blocks.push(node);
  };

  for (const raw of lines) {
    if (fence) {
      if (raw.trim().startsWith(fence.marker)) {
        push({ type: 'codeBlock', content: fence.lines.length ? [{ type: 'text', text: fence.lines.join('\n') }] : [] });
        fence = null;
      } else fence.lines.push(raw);
      continue;
    }
    const line = raw.replace(/\s+$/, '');
    const fenceOpen = /^\s*(```+|~~~+)/.exec(line);
    if (fenceOpen) {
      flushPara();
      flushQuote();
      fence = { marker: fenceOpen[1]!, lines: [] };
      continue;
    }
    if (line.trim() === '') {
      flushPara();
      flushQuote();
      continue;
    }
    const q = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (q && quoteDepth < MAX_QUOTE_DEPTH) {
      closeLists();
      (quote ??= []).push(q[1]!);
      continue;
    }
    flushQuote();
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      closeLists();
      const content = inline(heading[2]!, counter);
      if (content.length > 0) blocks.push({ type: 'heading', attrs: { level: heading[1]!.length }, content });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      closeLists();
      blocks.push({ type: 'horizontalRule' });
      continue;
    }
    const item = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flushPara();
      const indent = item[1]!.replace(/\t/g, '    ').length;
      const ordered = /\d/.test(item[2]!);
      let text = item[3]!;
      // A task (- [ ] / - [x]) stays a list item, its state shown as ☐ or ☑ (the editor has no checkboxes).
      const task = /^\[([ xX])\]\s+(.*)$/.exec(text);
      if (task) text = `${task[1] === ' ' ? '☐' : '☑'} ${task[2]!}`;
      const type = ordered && !task ? 'orderedList' : 'bulletList';
      while (lists.length > 0 && lists[lists.length - 1]!.indent > indent) lists.pop();
      let top = lists[lists.length - 1];
      if (top && top.indent === indent && top.node.type !== type) {
        lists.pop();
        top = lists[lists.length - 1];
      }
      if (!top || top.indent < indent) {
        const list: DocNode = { type, content: [] };
        if (top && lists.length < MAX_LIST_DEPTH) {
          const items = top.node.content!;
          items[items.length - 1]!.content!.push(list);
          lists.push({ indent, node: list });
        } else if (top) {
          // Too deep: keep the item at the deepest level allowed.
          top.indent = indent;
        } else {
          blocks.push(list);
          lists.push({ indent, node: list });
        }
      }
      const current = lists[lists.length - 1]!.node;
      const itemNode: DocNode = { type: 'listItem', content: [] };
      current.content!.push(itemNode);
      para = [text];
      continue;
    }
    // A line under a list item that is indented continues that item; otherwise the list ends.
    if (lists.length > 0 && !/^\s/.test(line) && para.length === 0) closeLists();
    para.push(line.trim());
  }
  if (fence) push({ type: 'codeBlock', content: fence.lines.length ? [{ type: 'text', text: fence.lines.join('\n') }] : [] });
  flushPara();
  flushQuote();
  fixEmptyItems(blocks);
  return { doc: { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] }, images: counter.images };
}

/** List items need at least one paragraph. */
function fixEmptyItems(nodes: DocNode[]): void {
  const stack = [...nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ((n.type === 'listItem' || n.type === 'taskItem') && n.content!.length === 0) n.content!.push({ type: 'paragraph' });
    if (n.content) stack.push(...n.content);
  }
}

/** Lines of one paragraph: each line break kept as a hard break (CommonMark's trailing backslash one too). */
function inlineLines(lines: string[], counter: { images: number }): DocNode[] {
  const out: DocNode[] = [];
  lines.forEach((l, i) => {
    // An odd run of backslashes at the end of a line that is not the last: the last one marks the break.
    const line = i < lines.length - 1 && /(?<!\\)(?:\\\\)*\\$/.test(l) ? l.slice(0, -1) : l;
    const parts = inline(line, counter);
    if (parts.length === 0) return;
    if (i > 0 && out.length > 0) out.push({ type: 'hardBreak' });
    out.push(...parts);
  });
  return out;
}

const ESC_BASE = 0xe000;
const INLINE =
  /!\[\[([^\]|]+)(?:\|[^\]]*)?\]\]|!\[([^\]]*)\]\(([^)]*)\)|\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|~~(.+?)~~|\*(?!\s)(.+?)(?<!\s)\*|(?<![\p{L}\p{N}])_(?!\s)(.+?)(?<!\s)_(?![\p{L}\p{N}])/gu;

/**
 * A transient mark on the text of an Obsidian-style `[[link]]`: planImport turns it into a
 * mention when a person has that name and removes it otherwise. Never stored.
 */
export const WIKI_LINK = 'wikiLink';

/** Inline Markdown to text nodes with marks. Backslash escapes are honoured. */
export function inline(text: string, counter: { images: number }, marks: Mark[] = []): DocNode[] {
  const escaped = text.replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => String.fromCharCode(ESC_BASE + c.charCodeAt(0)));
  return parse(escaped, counter, marks);
}

function unescape(s: string): string {
  return s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESC_BASE));
}

function parse(text: string, counter: { images: number }, marks: Mark[]): DocNode[] {
  const out: DocNode[] = [];
  const add = (s: string, m: Mark[]) => {
    const t = unescape(s);
    if (t !== '') out.push(m.length > 0 ? { type: 'text', text: t, marks: m } : { type: 'text', text: t });
  };
  if (marks.length >= MAX_MARKS) {
    add(text, marks);
    return out;
  }
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    add(text.slice(last, m.index), marks);
    last = m.index + m[0].length;
    const [whole, wikiImage, imageAlt, imageSrc, wiki, alias, linkText, href, code, bold1, bold2, strike, italic1, italic2] = m;
    if (whole.startsWith('!')) {
      // Images are not kept, but where one was stays readable: "[image: diagram.png]".
      counter.images++;
      const name = (wikiImage ?? (imageAlt?.trim() || imageSrc?.trim().split(/[\\/]/).pop() || 'image')).trim();
      add(`[image: ${name}]`, marks);
    } else if (wiki !== undefined) {
      // [[Page]]: the page's name (or its alias). Marked so the import can link a person of that name.
      const shown = (alias ?? wiki).trim();
      add(shown, [...marks, { type: WIKI_LINK, attrs: { target: wiki.trim() } }]);
    }
    else if (linkText !== undefined) out.push(...parse(linkText, counter, [...marks, { type: 'link', attrs: { href: unescape(href!) } }]));
    else if (code !== undefined) add(code, [...marks, { type: 'code' }]);
    else if (bold1 !== undefined || bold2 !== undefined) out.push(...parse(bold1 ?? bold2!, counter, [...marks, { type: 'bold' }]));
    else if (strike !== undefined) out.push(...parse(strike, counter, [...marks, { type: 'strike' }]));
    else out.push(...parse(italic1 ?? italic2!, counter, [...marks, { type: 'italic' }]));
  }
  add(text.slice(last), marks);
  return out;
}

/** Plain text (jrnl): blank lines separate paragraphs, single line breaks are kept. */
export function plainTextToDoc(text: string): DocNode {
  const paragraphs = text
    .replace(CONTROL, '')
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)+/)
    .map((p) => p.split(/\r\n|\r|\n/).map((l) => l.trimEnd()))
    .filter((lines) => lines.some((l) => l.trim() !== ''));
  const content: DocNode[] = paragraphs.map((lines) => {
    const parts: DocNode[] = [];
    lines.forEach((l, i) => {
      if (i > 0) parts.push({ type: 'hardBreak' });
      if (l !== '') parts.push({ type: 'text', text: l });
    });
    while (parts[0]?.type === 'hardBreak') parts.shift();
    return { type: 'paragraph', content: parts };
  });
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
