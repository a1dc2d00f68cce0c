/**
 * Compact text tables: columns padded to their widest cell, one flexible column cut to fit
 * the terminal. Styling is applied after measuring, so colour never upsets alignment.
 */
import type { Paint, Style } from './color';

export type Cell = string | { text: string; style?: Style | Style[] };

export interface TableOptions {
  /** Columns aligned right (numbers). */
  right?: number[];
  /** The column cut short (with …) when the table is wider than `width`. */
  flex?: number;
  /** Widest line allowed; null for no limit. */
  width: number | null;
  /** A header row, printed dim. */
  header?: string[];
}

const GAP = '  ';

/** The table as lines, without trailing spaces. */
export function renderTable(rows: Cell[][], paint: Paint, options: TableOptions): string[] {
  const all: Cell[][] = options.header ? [options.header.map((h) => ({ text: h, style: 'dim' as const })), ...rows] : rows;
  if (all.length === 0) return [];
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...all.map((r) => length(textOf(r[c] ?? '')))));
  const flex = options.flex;
  if (options.width !== null && flex !== undefined && flex < columns) {
    const total = widths.reduce((a, b) => a + b, 0) + GAP.length * (columns - 1);
    const excess = total - options.width;
    if (excess > 0) widths[flex] = Math.max(12, widths[flex]! - excess);
  }
  const right = new Set(options.right ?? []);
  return all.map((row) => {
    const cells = Array.from({ length: columns }, (_, c) => {
      const cell = row[c] ?? '';
      const text = cut(textOf(cell), widths[c]!);
      const pad = ' '.repeat(widths[c]! - length(text));
      const style = typeof cell === 'string' ? undefined : cell.style;
      const shown = style && text !== '' ? paint(style, text) : text;
      return right.has(c) ? pad + shown : shown + pad;
    });
    return cells.join(GAP).trimEnd();
  });
}

function textOf(cell: Cell): string {
  return (typeof cell === 'string' ? cell : cell.text).replace(/\s+/g, ' ');
}

function length(text: string): number {
  return [...text].length;
}

/** At most `max` characters, ending with … when cut. */
function cut(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? chars.slice(0, max).join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
