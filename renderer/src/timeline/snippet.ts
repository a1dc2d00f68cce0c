/** Search snippets: the core marks matches with control characters; the UI shows them as <mark>. */

/** The contract's markers (common/contract/entries.ts), copied so the renderer bundle does not pull in zod. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/** One run of snippet text, highlighted or not. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Splits a snippet into plain and highlighted runs. Unbalanced markers never leak into the text. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = '';
  const push = () => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
    text = '';
  };
  for (const ch of snippet) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      push();
      hit = ch === HIGHLIGHT_START;
    } else {
      text += ch;
    }
  }
  push();
  return parts;
}
