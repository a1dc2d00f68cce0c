/**
 * Quick capture's one line of text → an entry body: `@Name` becomes a mention of a person
 * on the map (the longest matching name wins, ignoring case), `#tag` stays as text (the core
 * reads hashtags). Pure, so it is unit-tested.
 */
import type { DocNode } from '../../../common/contract';
import { hashtags } from '../../../common/tags';

export interface CapturePerson {
  id: string;
  name: string;
}

export interface CaptureParse {
  doc: DocNode;
  /** People mentioned, in order, once each. */
  people: CapturePerson[];
  tags: string[];
}

function boundary(ch: string | undefined): boolean {
  return ch === undefined || !/[\p{L}\p{N}_]/u.test(ch);
}

/** Parses a captured line against the people the user knows. */
export function parseCapture(text: string, people: readonly CapturePerson[]): CaptureParse {
  const line = text.replace(/\s+/g, ' ').trim();
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const content: DocNode[] = [];
  const found: CapturePerson[] = [];
  let plain = '';
  let i = 0;
  while (i < line.length) {
    const atStart = line[i] === '@' && boundary(line[i - 1]);
    const rest = atStart ? line.slice(i + 1).toLocaleLowerCase() : '';
    const person = atStart
      ? byLength.find((p) => rest.startsWith(p.name.toLocaleLowerCase()) && boundary(rest[p.name.length]))
      : undefined;
    if (!person) {
      plain += line[i];
      i += 1;
      continue;
    }
    if (plain) content.push({ type: 'text', text: plain });
    plain = '';
    content.push({ type: 'mention', attrs: { id: person.id, label: person.name } });
    if (!found.some((p) => p.id === person.id)) found.push(person);
    i += 1 + person.name.length;
  }
  if (plain) content.push({ type: 'text', text: plain });
  const paragraph: DocNode = content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
  return { doc: { type: 'doc', content: [paragraph] }, people: found, tags: hashtags(line) };
}
