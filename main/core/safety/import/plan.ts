/**
 * Weighing an import against the journal: which entries are new and which are duplicates
 * (the same source id, or the same day and text — in the journal or earlier in the file).
 * The preview shows this plan; the commit carries it out. Reads only.
 */
import { createHash } from 'node:crypto';
import { checkDoc, Day, type DocNode } from '../../../../common/contract';
import type { ImportDuplicate, ImportPreview } from '../../../../common/contract/data';
import type { Db } from '../../db';
import { hashtags } from '../../../../common/tags';
import { docToText } from '../../text';
import { LIMITS } from './limits';
import { plainTextToDoc, WIKI_LINK } from './md-to-doc';

/** How many entries the preview shows as they will look, and up to how many characters each. */
const PREVIEW_SAMPLES = 3;
const SAMPLE_MAX_CHARS = 2000;
import { importError, type ImportedEntry, type ParsedImport } from './model';
import { cleanTags } from './tidy';

export interface PlannedEntry extends ImportedEntry {
  bodyText: string;
  /** Tags given plus #hashtags in the text, normalised. */
  allTags: string[];
}

export interface ImportPlan {
  parsed: ParsedImport;
  add: PlannedEntry[];
  duplicates: ImportDuplicate[];
  /** Scopebook files: ids of people and goals not yet in the journal. */
  newPeople: Set<string>;
  newGoals: Set<string>;
  /** Scopebook files: people in the file who match someone already here by name (file id → journal id). */
  samePerson: Map<string, string>;
  warnings: string[];
}

/** Case-insensitive identity of a person's name (as the people handlers store it). */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('en-US');
}

function textKey(day: string, title: string | null, bodyText: string): string {
  const text = `${title ?? ''} ${bodyText}`.replace(/\s+/g, ' ').trim().normalize('NFC');
  return createHash('sha256').update(`${day}\u0000${text}`).digest('base64');
}

/**
 * `[[Name]]` links (marked by md-to-doc) become mentions of the person with that name, so the
 * entry records that they saw it; links to anything else stay as their text.
 */
function resolveWikiLinks(doc: DocNode, person: (name: string) => { id: string; name: string } | undefined): DocNode {
  const walk = (node: DocNode): DocNode => {
    if (node.type === 'text' && node.marks?.some((m) => m.type === WIKI_LINK)) {
      const link = node.marks.find((m) => m.type === WIKI_LINK)!;
      const target = typeof link.attrs?.target === 'string' ? link.attrs.target : (node.text ?? '');
      const found = person(target) ?? person(node.text ?? '');
      if (found) return { type: 'mention', attrs: { id: found.id, label: found.name } };
      const marks = node.marks.filter((m) => m.type !== WIKI_LINK);
      return marks.length > 0 ? { ...node, marks } : { type: 'text', text: node.text ?? '' };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(doc);
}

/** Plans the import of `parsed` into `db`. */
export function planImport(db: Db, parsed: ParsedImport): ImportPlan {
  const { label } = parsed;
  const warnings = [...parsed.warnings];
  const journalText = new Set<string>();
  const fileText = new Set<string>();
  for (const r of db.prepare('SELECT occurred_on, title, body_text FROM entries').iterate() as Iterable<{
    occurred_on: string;
    title: string | null;
    body_text: string;
  }>) {
    journalText.add(textKey(r.occurred_on, r.title, r.body_text));
  }
  const idTaken = db.prepare('SELECT 1 FROM entries WHERE id = ?').pluck();
  const sourceTaken = db.prepare('SELECT 1 FROM entries WHERE source = ? AND source_id = ?').pluck();
  const seenSource = new Set<string>();

  const add: PlannedEntry[] = [];
  const duplicates: ImportDuplicate[] = [];
  const personNamed = db.prepare('SELECT id, name FROM stakeholders WHERE name_key = ? AND archived_at IS NULL');
  const linkPerson = (name: string) => personNamed.get(nameKey(name)) as { id: string; name: string } | undefined;
  for (const raw of parsed.entries) {
    const e = raw.record ? raw : { ...raw, body: resolveWikiLinks(raw.body, linkPerson) };
    if (!Day.safeParse(e.occurredOn).success) throw importError(label, `has the day "${e.occurredOn}", which is not a real day between 1900 and 2999`, e.where, 'date');
    const problem = checkDoc(e.body);
    if (problem) throw importError(label, `its text ${problem}`, e.where);
    const bodyText = docToText(e.body);
    if (bodyText.length > LIMITS.maxEntryChars) throw importError(label, `has more than ${LIMITS.maxEntryChars} characters`, e.where);
    const source = e.record ? e.record.source : parsed.source;
    const sourceId = e.record ? e.record.sourceId : e.sourceId;
    const dupe = (reason: ImportDuplicate['reason']) =>
      duplicates.push({ occurredOn: e.occurredOn, text: `${e.title ? `${e.title} — ` : ''}${bodyText}`.slice(0, 120), reason });

    const idKey = e.record ? `id:${e.record.id}` : sourceId !== null ? `src:${source}:${sourceId}` : null;
    const sourceKey = sourceId !== null && source !== null ? `src:${source}:${sourceId}` : null;
    if (
      (idKey && seenSource.has(idKey)) ||
      (sourceKey && seenSource.has(sourceKey)) ||
      (e.record && idTaken.get(e.record.id)) ||
      (sourceKey && source !== null && sourceTaken.get(source, sourceId))
    ) {
      dupe('same-source-id');
      continue;
    }
    // Entries of a Scopebook file are distinct by id even when two read alike; other sources
    // have no such identity, so the same day and text twice is one entry.
    const key = textKey(e.occurredOn, e.title, bodyText);
    if (journalText.has(key) || (!e.record && fileText.has(key))) {
      dupe('same-day-and-text');
      continue;
    }
    fileText.add(key);
    if (idKey) seenSource.add(idKey);
    if (sourceKey) seenSource.add(sourceKey);
    const allTags = e.record
      ? e.record.tags
      : cleanTags([...e.tags, ...hashtags(`${e.title ?? ''}\n${bodyText}`)], `${label}, ${e.where}`, warnings);
    add.push({ ...e, bodyText, allTags });
  }

  const newPeople = new Set<string>();
  const newGoals = new Set<string>();
  const samePerson = new Map<string, string>();
  const journal = parsed.journal;
  if (journal) {
    const personById = db.prepare('SELECT 1 FROM stakeholders WHERE id = ?').pluck();
    const personByName = db.prepare('SELECT id FROM stakeholders WHERE name_key = ? AND archived_at IS NULL').pluck();
    const activeNames = new Map<string, string>();
    for (const p of journal.people) {
      if (personById.get(p.id)) continue;
      const key = nameKey(p.name);
      const existing = p.archivedAt === null ? ((personByName.get(key) as string | undefined) ?? activeNames.get(key)) : undefined;
      if (existing) {
        samePerson.set(p.id, existing);
        warnings.push(`${p.name} is already in your people; what they saw is added to the existing person`);
        continue;
      }
      if (p.archivedAt === null) activeNames.set(key, p.id);
      newPeople.add(p.id);
    }
    const goalById = db.prepare('SELECT 1 FROM goals WHERE id = ?').pluck();
    for (const g of journal.goals) if (!goalById.get(g.id)) newGoals.add(g.id);
    const reviewById = db.prepare('SELECT 1 FROM reviews WHERE id = ?').pluck();
    const reviews = journal.reviews.filter((r) => !reviewById.get(r.id)).length;
    if (reviews > 0) warnings.push(`${reviews} saved ${reviews === 1 ? 'review' : 'reviews'} will be added`);
  }
  return { parsed, add, duplicates, newPeople, newGoals, samePerson, warnings };
}

/** What the user sees before importing. */
export function previewOf(plan: ImportPlan, path: string): ImportPreview {
  const tagCounts = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  for (const e of plan.add) {
    for (const t of e.allTags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
    if (from === null || e.occurredOn < from) from = e.occurredOn;
    if (to === null || e.occurredOn > to) to = e.occurredOn;
  }
  const warnings =
    plan.warnings.length > LIMITS.maxWarnings
      ? [...plan.warnings.slice(0, LIMITS.maxWarnings), `…and ${plan.warnings.length - LIMITS.maxWarnings} more`]
      : plan.warnings;
  return {
    source: plan.parsed.source,
    path,
    entries: plan.add.length,
    duplicates: plan.duplicates.length,
    duplicateSamples: plan.duplicates.slice(0, 10),
    samples: [...plan.add]
      .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0))
      .slice(0, PREVIEW_SAMPLES)
      .map((e) => ({
        occurredOn: e.occurredOn,
        // A very long entry is shown by its start, as plain text (the preview stays small).
        body: e.bodyText.length <= SAMPLE_MAX_CHARS ? e.body : plainTextToDoc(`${e.bodyText.slice(0, SAMPLE_MAX_CHARS)}…`),
        tags: e.allTags,
        starred: e.starred,
      })),
    from,
    to,
    tags: [...tagCounts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
      .slice(0, 100),
    people: plan.newPeople.size,
    goals: plan.newGoals.size,
    warnings,
  };
}
