/** Reading a Scopebook journal file (format "scopebook-journal", version 1). */
import { docToText } from '../../text';
import { JOURNAL_FORMAT, JOURNAL_VERSION, JournalSchema, type EntryV1, type JournalV1 } from '../journal-format';
import { importError, type ParsedImport, placeOf } from './model';

/** Checks an already parsed JSON value strictly against the format. */
export function readScopebook(value: unknown, label: string): ParsedImport {
  const v = value as { format?: unknown; version?: unknown; entries?: unknown };
  if (v?.format !== JOURNAL_FORMAT) throw importError(label, 'is not a Scopebook journal file');
  if (v.version !== JOURNAL_VERSION) {
    throw importError(label, `is format version ${String(v.version)}; this Scopebook reads version ${JOURNAL_VERSION}. Update Scopebook to import it`);
  }
  const parsed = JournalSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const raw = Array.isArray(v.entries) ? (v.entries as { id?: unknown }[]) : [];
    const { where, field } = placeOf(issue.path, (i) => {
      const id = raw[i]?.id;
      return `entry ${i + 1}${typeof id === 'string' ? ` (${id.slice(0, 40)})` : ''}`;
    });
    throw importError(label, issue.message, where, field);
  }
  const journal = parsed.data as JournalV1;
  const problem = consistency(journal);
  if (problem) throw importError(label, problem);
  return {
    source: 'scopebook',
    label,
    warnings: [],
    journal,
    entries: journal.entries.map((e: EntryV1, i) => ({
      where: `entry ${i + 1} (${e.id})`,
      sourceId: e.id,
      occurredOn: e.occurredOn,
      title: e.title,
      body: e.body,
      tags: e.tags,
      starred: e.starred,
      createdAt: e.createdAt,
      record: { ...e, bodyText: docToText(e.body) },
    })),
  };
}

/** References inside the file must resolve, and ids must be unique. */
function consistency(j: JournalV1): string | null {
  const people = new Set<string>();
  for (const p of j.people) {
    if (people.has(p.id)) return `person ${p.id} appears twice`;
    people.add(p.id);
  }
  const goals = new Set<string>();
  for (const g of j.goals) {
    if (goals.has(g.id)) return `goal ${g.id} appears twice`;
    goals.add(g.id);
  }
  for (const [a, b] of j.connections) {
    if (!people.has(a) || !people.has(b)) return `connection ${a}–${b} names someone not in the file`;
    if (a >= b) return `connection ${a}–${b} must list the smaller id first`;
  }
  for (const d of j.nudgeDismissals) if (!people.has(d.personId)) return `a dismissed nudge names ${d.personId}, who is not in the file`;
  const ids = new Set<string>();
  for (const [i, e] of j.entries.entries()) {
    if (ids.has(e.id)) return `entry ${i + 1} (${e.id}) appears twice`;
    ids.add(e.id);
    if (e.goalId && !goals.has(e.goalId)) return `entry ${i + 1} (${e.id}) serves goal ${e.goalId}, which is not in the file`;
    for (const s of e.seenBy) {
      if (!people.has(s.personId)) return `entry ${i + 1} (${e.id}) was seen by ${s.personId}, who is not in the file`;
    }
  }
  const praise = new Set<string>();
  for (const p of j.praise) {
    if (praise.has(p.id)) return `praise ${p.id} appears twice`;
    praise.add(p.id);
    if (p.fromPersonId && !people.has(p.fromPersonId)) return `praise ${p.id} is from ${p.fromPersonId}, who is not in the file`;
    if (p.entryId && !ids.has(p.entryId)) return `praise ${p.id} is about entry ${p.entryId}, which is not in the file`;
  }
  return null;
}
