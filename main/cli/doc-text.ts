/** Plain text typed on the command line or piped in, as the editor's document format. */
import type { DocNode } from '../../common/contract';

/**
 * Paragraphs are separated by blank lines; single line breaks inside one stay as line breaks.
 * Returns null when there is no text at all.
 */
export function textToDoc(text: string): DocNode | null {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) return null;
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: p.split('\n').flatMap((line, i): DocNode[] => {
        const parts: DocNode[] = i > 0 ? [{ type: 'hardBreak' }] : [];
        return line === '' ? parts : [...parts, { type: 'text', text: line }];
      }),
    })),
  };
}
