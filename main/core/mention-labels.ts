/**
 * Mentions show the person as the people map names them. A mention node keeps the person's
 * id and a label; the label is always the person's current name: set on every entry write
 * and rewritten in every entry that mentions someone when they are renamed, so the editor,
 * the timeline, search and every export show "@Priya Shah" once "Priya" was renamed.
 */
import type { DocNode } from '../../common/contract';
import type { Db } from './db';
import { docToText, mentionedIds, wordCount } from './text';

/** The document with each mention of a known person labelled with that person's name (the same object when nothing changes). */
export function labelMentions(db: Db, doc: DocNode): DocNode {
  const ids = mentionedIds(doc);
  if (ids.length === 0) return doc;
  const rows = db
    .prepare('SELECT id, name FROM stakeholders WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: string; name: string }[];
  return relabel(doc, new Map(rows.map((r) => [r.id, r.name])));
}

function relabel(node: DocNode, names: ReadonlyMap<string, string>): DocNode {
  if (node.type === 'mention') {
    const id = node.attrs?.id;
    const name = typeof id === 'string' ? names.get(id) : undefined;
    return name !== undefined && node.attrs?.label !== name ? { ...node, attrs: { ...node.attrs, label: name } } : node;
  }
  if (!node.content) return node;
  let changed = false;
  const content = node.content.map((child) => {
    const next = relabel(child, names);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...node, content } : node;
}

/**
 * After a rename: relabels the mentions of `personId` in every entry that records them (a
 * mention always does). Not an edit of the entry: its revision and updated time stay, so an
 * editor open on it does not see a conflict (its next save is relabelled on the way in).
 */
export function relabelMentionsOf(db: Db, personId: string): number {
  const rows = db
    .prepare(
      `SELECT e.seq, e.body FROM entries e JOIN entry_stakeholders es ON es.entry_seq = e.seq
       WHERE es.stakeholder_id = ? AND instr(e.body, ?) > 0`,
    )
    .all(personId, personId) as { seq: number; body: string }[];
  const write = db.prepare('UPDATE entries SET body = ?, body_text = ?, word_count = ? WHERE seq = ?');
  let changed = 0;
  for (const r of rows) {
    const before = JSON.parse(r.body) as DocNode;
    const after = labelMentions(db, before);
    if (after === before) continue;
    const text = docToText(after);
    write.run(JSON.stringify(after), text, wordCount(text), r.seq);
    changed++;
  }
  return changed;
}
