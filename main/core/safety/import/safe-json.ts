/** JSON.parse for untrusted files: nesting is measured first, and errors say where (line, column). */
import { LIMITS } from './limits';
import { importError } from './model';

/** Parses `text`, naming `label` in every error. */
export function parseJson(text: string, label: string): unknown {
  const depth = maxDepth(text);
  if (depth > LIMITS.maxJsonDepth) throw importError(label, `is nested ${depth} levels deep (the limit is ${LIMITS.maxJsonDepth})`);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? ` at ${lineCol(text, Number(pos[1]))}` : '';
    throw importError(label, `is not valid JSON${where} (${message.replace(/ in JSON at position \d+.*$/, '')})`);
  }
}

/** Deepest bracket nesting outside strings; stops counting once past the limit. */
function maxDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) {
        max = depth;
        if (max > LIMITS.maxJsonDepth) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${col}`;
}
