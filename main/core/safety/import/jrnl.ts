/**
 * jrnl's JSON export (`jrnl --export json`): `entries[]` with `title`, `body`, `date`
 * ("YYYY-MM-DD"), `time` ("HH:MM", local), `tags` (["@work"]), `starred`, and `uuid` in
 * newer versions. Other fields are ignored.
 *
 * jrnl's title is simply the first sentence of what was written, so it becomes the entry's
 * first paragraph (not a separate title no view shows): the entry reads as it was written,
 * and is edited like any other text. jrnl marks tags with `@`; Scopebook with `#`, and `@` is
 * for people. A tag word (`@launch`, listed in the entry's tags) is written `#launch`, so it
 * stays a tag and can never be taken for a person.
 */
import { z } from 'zod';
import { Day } from '../../../../common/contract';
import { LIMITS } from './limits';
import { plainTextToDoc } from './md-to-doc';
import { importError, type ImportedEntry, type ParsedImport, placeOf } from './model';
import { normaliseTag } from '../../../../common/contract';
import { cleanTags } from './tidy';

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
    const tagWords = new Set((e.tags ?? []).map((t) => normaliseTag(t.replace(/^@/, ''))));
    const bodyText = [e.title.trim(), e.body.trim()]
      .filter((part) => part !== '')
      .map((part) => retag(part, tagWords))
      .join('\n\n');
    if (bodyText.length > LIMITS.maxEntryChars) {
      throw importError(label, `has more than ${LIMITS.maxEntryChars} characters`, where, 'body');
    }
    const createdAt = e.time ? localInstant(e.date, e.time) : null;
    return {
      where,
      sourceId: e.uuid ?? null,
      occurredOn: e.date,
      title: null,
      body: plainTextToDoc(bodyText),
      tags: cleanTags((e.tags ?? []).map((t) => t.replace(/^@/, '')), `${label}, ${where}`, warnings),
      starred: e.starred ?? false,
      createdAt,
    };
  });
  return { source: 'jrnl', label, entries, warnings };
}

/** jrnl's `@tag` words (those among the entry's tags) written as Scopebook's `#tag`. */
function retag(text: string, tags: ReadonlySet<string>): string {
  if (tags.size === 0) return text;
  return text.replace(/(^|[\s(,;"'“‘])@([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu, (whole, before: string, word: string) =>
    tags.has(normaliseTag(word)) ? `${before}#${word}` : whole,
  );
}

/** A local date and time as an ISO instant in this machine's time zone. */
function localInstant(day: string, time: string): string | null {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number | undefined];
  if (hh > 23 || mm > 59 || (ss ?? 0) > 59) return null;
  return new Date(y, m - 1, d, hh, mm, ss ?? 0).toISOString();
}
