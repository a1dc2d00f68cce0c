/** Tag rows: one per normalised name, shared by every entry that carries it. */
import { normaliseTag } from '../../common/contract';
import type { Db } from './db';

/** Replaces an entry's tags with `names` (normalised, de-duplicated); drops tags no entry uses any more. */
export function setEntryTags(db: Db, seq: number, names: string[]): void {
  const wanted = [...new Set(names.map(normaliseTag).filter((n) => n.length > 0 && n.length <= 60))];
  db.prepare('DELETE FROM entry_tags WHERE entry_seq = ?').run(seq);
  const upsert = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id');
  const link = db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) VALUES (?, ?)');
  for (const name of wanted) {
    const { id } = upsert.get(name) as { id: number };
    link.run(seq, id);
  }
  removeUnusedTags(db);
}

export function removeUnusedTags(db: Db): void {
  db.prepare('DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM entry_tags et WHERE et.tag_id = tags.id)').run();
}
