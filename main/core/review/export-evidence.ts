/**
 * Makes a review's links work inside an exported file: every entry it cites gets an item in a
 * closing "Evidence" section (date, level, who saw it, impact) with an anchor, entry links point
 * at those anchors, and links to the filtered timeline point at the section. `scopebook://`
 * links mean something only inside the app, so none is left in an export.
 */
import { type DocNode, ENTRY_LINK_PREFIX, entryIdFromHref, TIMELINE_LINK_PREFIX } from '../../../common/contract';
import { DIRECTION_INFO, type Direction, type OwnershipLevel } from '../../../common/vocabulary';
import type { Db } from '../db';
import { bold, bulletList, heading, italic, listItem, paragraph, text } from './doc';
import { entryName } from './entry-item';
import { asSentence, formatDay, levelLabel } from './format';

/** The anchor of the Evidence section and of each entry in it. */
export const EVIDENCE_ANCHOR = 'evidence';
export function entryAnchor(id: string): string {
  return `entry-${id}`;
}

/** Entry ids linked from `doc`, in the order they first appear. */
function citedIds(doc: DocNode, out: string[] = []): string[] {
  for (const m of doc.marks ?? []) {
    const href = m.type === 'link' ? m.attrs?.href : undefined;
    const id = typeof href === 'string' ? entryIdFromHref(href) : null;
    if (id && !out.includes(id)) out.push(id);
  }
  for (const c of doc.content ?? []) citedIds(c, out);
  return out;
}

/** `doc` with entry links to anchors of cited entries, timeline links to the Evidence section, other app links dropped. */
function relink(doc: DocNode, known: Set<string>): DocNode {
  const marks = doc.marks?.flatMap((m) => {
    const href = m.type === 'link' ? m.attrs?.href : undefined;
    if (typeof href !== 'string') return [m];
    if (href.startsWith(ENTRY_LINK_PREFIX)) {
      const id = entryIdFromHref(href);
      return id && known.has(id) ? [{ ...m, attrs: { ...m.attrs, href: `#${entryAnchor(id)}` } }] : [];
    }
    if (href.startsWith(TIMELINE_LINK_PREFIX)) return known.size > 0 ? [{ ...m, attrs: { ...m.attrs, href: `#${EVIDENCE_ANCHOR}` } }] : [];
    if (/^scopebook:/i.test(href)) return [];
    return [m];
  });
  const out: DocNode = { ...doc };
  if (marks) {
    if (marks.length > 0) out.marks = marks;
    else delete out.marks;
  }
  if (doc.content) out.content = doc.content.map((c) => relink(c, known));
  return out;
}

interface Row {
  id: string;
  occurred_on: string;
  title: string | null;
  head: string;
  level: OwnershipLevel | null;
  impact: string | null;
  seen: string | null;
}

/** The document to export: relinked, with the Evidence section appended when it cites entries. */
export function withEvidence(db: Db, document: DocNode): DocNode {
  const ids = citedIds(document);
  const rows = ids.length
    ? (db
        .prepare(
          `SELECT e.id, e.occurred_on, e.title, substr(e.body_text, 1, 300) AS head, e.level, e.impact,
             (SELECT json_group_array(json_array(s.name, s.direction)) FROM entry_stakeholders es
                JOIN stakeholders s ON s.id = es.stakeholder_id WHERE es.entry_seq = e.seq) AS seen
           FROM entries e WHERE e.id IN (SELECT value FROM json_each(?)) AND e.deleted_at IS NULL`,
        )
        .all(JSON.stringify(ids)) as Row[])
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const known = new Set(byId.keys());
  const relinked = relink(document, known);
  if (known.size === 0) return relinked;
  const items = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const seen = (JSON.parse(r.seen ?? '[]') as [string, Direction][])
      .map(([name, d]) => `${name} (${DIRECTION_INFO[d].label.toLowerCase()})`)
      .sort();
    const item = listItem(
      paragraph(
        bold(entryName({ title: r.title, head: (r.head.split('\n')[0] ?? '').trim() })),
        text(' — '),
        italic(`${formatDay(r.occurred_on)}, ${levelLabel(r.level)}`),
      ),
      paragraph(text(r.impact ? `Impact: ${asSentence(r.impact)}` : 'No impact recorded.')),
      paragraph(text(seen.length > 0 ? `Seen by ${seen.join(', ')}.` : 'Nobody recorded as having seen it.')),
    );
    return [{ ...item, attrs: { id: entryAnchor(id) } }];
  });
  const title = { ...heading(2, 'Evidence'), attrs: { level: 2, id: EVIDENCE_ANCHOR } };
  return { ...relinked, content: [...(relinked.content ?? []), title, bulletList(items)] };
}
