/**
 * ANSI styling, only when stdout is a terminal and NO_COLOR is unset (https://no-color.org):
 * piped output and files stay plain text.
 */
import type { OwnershipLevel } from '../../common/vocabulary';
import type { CliIo } from './io';

const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const;
export type Style = keyof typeof CODES;

/** Styles text, or leaves it alone when colour is off. */
export type Paint = (style: Style | Style[], text: string) => string;

/** Whether to colour what goes to stdout. */
export function colourOn(io: Pick<CliIo, 'stdoutIsTTY' | 'env'>): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

/** A painter for stdout. */
export function painter(on: boolean): Paint {
  if (!on) return (_style, text) => text;
  return (style, text) => {
    let out = text;
    for (const s of Array.isArray(style) ? style : [style]) out = `\u001b[${CODES[s][0]}m${out}\u001b[${CODES[s][1]}m`;
    return out;
  };
}

/** Each level's colour in tables (its glyph and label always say it too). */
export const LEVEL_STYLE: Record<OwnershipLevel, Style> = {
  task: 'dim',
  milestone: 'cyan',
  project: 'green',
  value: 'yellow',
  leverage: 'magenta',
};
