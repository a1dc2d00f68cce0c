/**
 * Search snippets made in JavaScript from the query's terms, instead of FTS5's snippet() and
 * highlight(). Those re-tokenise each hit's whole text: on a page of 100 hits with some
 * several-page entries that alone took over 10 ms. Here one compiled regular expression finds
 * the first match, and only a short window around it is cut and marked.
 *
 * The matching follows the index's tokenizer (porter over unicode61, remove_diacritics 2): case
 * and Latin diacritics are ignored both ways, a word matches the words that share its stem's
 * start (`roots`, from search-stems.ts: "migrations" marks "migration" and "migrated"), prefix*
 * terms match word starts, and a phrase's words must follow each other with only separators
 * between them. A snippet is only
 * a display: if the text differs in some way the regex does not foresee, the caller shows the
 * entry's excerpt instead.
 */
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../common/contract';

/** One positive part of a query: a word or a phrase, possibly ending in a prefix. */
export interface SnippetTerm {
  text: string;
  prefix: boolean;
  /**
   * Per word of the folded text, the start its stem shares with it (search-stems.ts). A word
   * whose root is shorter than itself marks every word starting with the root; without roots,
   * words match whole.
   */
  roots?: readonly string[] | undefined;
}

/** Characters that belong to words, as for the index (letters, digits, private use, marks). */
const WORD = '\\p{L}\\p{N}\\p{Co}\\p{M}';

/** Text after this many characters is not searched for a snippet (the excerpt stands in). */
export const MAX_SCAN = 50_000;
/** Characters kept before the first match and in the whole window. */
const BEFORE = 40;
const WINDOW = 200;

/** Lower case without diacritics: how the index compares words. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** For each ASCII letter, every Latin letter that folds to it (é, È, ę… for e). */
const VARIANTS: Map<string, string> = (() => {
  const map = new Map<string, Set<string>>();
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const base = foldWord(ch);
      if (/^[a-z]$/.test(base)) {
        const set = map.get(base) ?? new Set([base, base.toUpperCase()]);
        set.add(ch);
        map.set(base, set);
      }
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v].join('')]));
})();

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** A pattern for one folded word: each letter in any case, with or without diacritics. */
function wordPattern(word: string): string {
  let out = '';
  for (const ch of word) {
    const variants = VARIANTS.get(ch);
    out += `${variants ? `[${variants}]` : escapeChar(ch)}\\p{M}*`;
  }
  return out;
}

/** The regular expression matching any of `terms` at word boundaries; null when none has a word. */
export function snippetMatcher(terms: readonly SnippetTerm[]): RegExp | null {
  const alternatives: string[] = [];
  for (const term of terms) {
    const words = foldWord(term.text)
      .split(new RegExp(`[^${WORD}]+`, 'u'))
      .filter((w) => w.length > 0);
    if (words.length === 0) continue;
    const last = words.length - 1;
    const parts = words.map((w, i) => {
      const root = term.roots?.[i];
      // A stemmed word marks the words sharing its stem's start; a prefix marks the whole word
      // it starts, as the index's highlight() did.
      if (root !== undefined && root.length < w.length) return `${wordPattern(root)}[${WORD}]*`;
      if (i === last && term.prefix) return `${wordPattern(w)}[${WORD}]*`;
      return `${wordPattern(w)}(?![${WORD}])`;
    });
    alternatives.push(parts.join(`[^${WORD}]+`));
  }
  if (alternatives.length === 0) return null;
  // Longest first, so "incident review" wins over "incident" at the same place.
  alternatives.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![${WORD}])(?:${alternatives.join('|')})`, 'giu');
}

/** `text` with every match marked; null when nothing in it matches. */
export function highlightAll(text: string, matcher: RegExp): string | null {
  matcher.lastIndex = 0;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(matcher)) {
    out += text.slice(last, m.index) + HIGHLIGHT_START + m[0] + HIGHLIGHT_END;
    last = m.index + m[0].length;
  }
  return last === 0 && out === '' ? null : out + text.slice(last);
}

/**
 * A window of `text` around its first match, matches marked, whitespace flattened and cut
 * ends shown with '…'; null when nothing in the first MAX_SCAN characters matches.
 */
export function snippetOf(text: string, matcher: RegExp): string | null {
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  matcher.lastIndex = 0;
  const first = matcher.exec(scanned);
  if (!first) return null;
  let start = Math.max(0, first.index - BEFORE);
  if (start > 0) {
    const space = scanned.slice(start, first.index).search(/\s/);
    start = space >= 0 ? start + space + 1 : first.index;
  }
  let end = Math.min(scanned.length, start + WINDOW);
  if (end < first.index + first[0].length) end = first.index + first[0].length;
  if (end < text.length) {
    const space = scanned.slice(first.index + first[0].length, end).lastIndexOf(' ');
    if (space >= 0) end = first.index + first[0].length + space;
  }
  const marked = highlightAll(scanned.slice(start, end), matcher) ?? scanned.slice(start, end);
  const flat = marked.replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${flat}${end < text.length ? '…' : ''}`;
}
