/**
 * jrnl's JSON export (`jrnl --export json`): `entries[]` with `title`, `body`, `date`
 * ("YYYY-MM-DD"), `time` ("HH:MM", local), `tags` (["@work"]), `starred`, and `uuid` in
 * newer versions. Other fields are ignored.
 */
import { z } from 'zod';
import { Day } from '../../../../common/contract';
import { LIMITS } from './limits';
import { plainTextToDoc } from './md-to-doc';
import { importError, type ImportedEntry, type ParsedImport, placeOf } from './model';
import { cleanTags, splitLongTitle } from './tidy';

const JrnlEntry = z.object({
  title: z.string().max(LIMITS.maxEntryChars),
  body: z.string().max(LIMITS.maxEntryChars),
  date: Day,
  time: z
    .string()
    .regex(/^\d{2}:\d{2}(:\d{2})?$/, 'must be a time written HH:MM')
    .optional(),
  tags: z.array(z.string().max(1000)).max(10_000).optional(),
  starred: z.boolean().optional(),
  uuid: z.string().max(200).optional(),
});

const JrnlFile = z.object({ entries: z.array(JrnlEntry).max(LIMITS.maxEntries) });

/** Whether a parsed JSON value looks like a jrnl export. */
export function looksLikeJrnl(value: unknown): boolean {
  const first = (value as { entries?: unknown[] })?.entries?.[0] as Record<string, unknown> | undefined;
  return !!first && typeof first === 'object' && 'date' in first && 'body' in first && !('creationDate' in first);
}

export function readJrnl(value: unknown, label: string): ParsedImport {
  const parsed = JrnlFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { where, field } = placeOf(issue.path);
    throw importError(label, issue.message, where, field);
  }
  const warnings: string[] = [];
  const entries: ImportedEntry[] = parsed.data.entries.map((e, i) => {
    const where = `entry ${i + 1}`;
    const { title, lead } = splitLongTitle(e.title.trim());
    const bodyText = lead ? `${lead}\n\n${e.body}` : e.body;
    if (bodyText.length + (title?.length ?? 0) > LIMITS.maxEntryChars) {
      throw importError(label, `has more than ${LIMITS.maxEntryChars} characters`, where, 'body');
    }
    const createdAt = e.time ? localInstant(e.date, e.time) : null;
    return {
      where,
      sourceId: e.uuid ?? null,
      occurredOn: e.date,
      title,
      body: plainTextToDoc(bodyText),
      tags: cleanTags((e.tags ?? []).map((t) => t.replace(/^@/, '')), `${label}, ${where}`, warnings),
      starred: e.starred ?? false,
      createdAt,
    };
  });
  return { source: 'jrnl', label, entries, warnings };
}

/** A local date and time as an ISO instant in this machine's time zone. */
function localInstant(day: string, time: string): string | null {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number | undefined];
  if (hh > 23 || mm > 59 || (ss ?? 0) > 59) return null;
  return new Date(y, m - 1, d, hh, mm, ss ?? 0).toISOString();
}
