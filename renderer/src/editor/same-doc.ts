/** Document equality that ignores key order and absent-versus-empty attributes (as JSON round trips change them). */
import type { DocNode } from '../../../common/contract';

function normalise(node: DocNode): unknown {
  const attrs = node.attrs && Object.keys(node.attrs).length > 0 ? Object.fromEntries(Object.entries(node.attrs).sort(([a], [b]) => a.localeCompare(b))) : undefined;
  const marks = node.marks && node.marks.length > 0 ? node.marks.map((m) => ({ type: m.type, attrs: m.attrs ?? {} })) : undefined;
  return { type: node.type, text: node.text, attrs, marks, content: node.content?.map(normalise) };
}

/** Whether two documents hold the same content. */
export function sameDoc(a: DocNode, b: DocNode): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}
