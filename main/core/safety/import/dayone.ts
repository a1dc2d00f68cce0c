/**
 * Day One's JSON export (the JSON inside the export zip, or the zip itself): `entries[]`
 * with `uuid`, `creationDate` (UTC), `timeZone` (IANA), `text` (Markdown), `tags`,
 * `starred`. The day of an entry is its local day in its own time zone.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { markdownToDoc } from './md-to-doc';
import { importError, type ImportedEntry, type ParsedImport, placeOf } from './model';
import { parseJson } from './safe-json';
import { decodeUtf8 } from './read-input';
import { cleanTags } from './tidy';
import { readZipMembers } from './zip';

const DayOneEntry = z.object({
  uuid: z.string().min(1).max(200),
  creationDate: z
    .string()
    .max(40)
    .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time'),
  timeZone: z.string().max(100).optional(),
  text: z.string().max(LIMITS.maxEntryChars).optional(),
  richText: z.string().max(LIMITS.maxEntryChars * 4).optional(),
  tags: z.array(z.string().max(1000)).max(10_000).optional(),
  starred: z.boolean().optional(),
});

const DayOneFile = z.object({ entries: z.array(DayOneEntry).max(LIMITS.maxEntries) });

/** Whether a parsed JSON value looks like a Day One export. */
export function looksLikeDayOne(value: unknown): boolean {
  const v = value as { metadata?: unknown; entries?: unknown[] };
  const first = v?.entries?.[0] as Record<string, unknown> | undefined;
  return !!first && typeof first === 'object' && 'creationDate' in first;
}

/** Reads one Day One journal JSON value. */
export function readDayOne(value: unknown, label: string): ParsedImport {
  const parsed = DayOneFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const raw = (value as { entries?: { uuid?: unknown }[] })?.entries;
    const { where, field } = placeOf(issue.path, (i) => {
      const uuid = Array.isArray(raw) ? raw[i]?.uuid : undefined;
      return `entry ${i + 1}${typeof uuid === 'string' ? ` (${uuid.slice(0, 40)})` : ''}`;
    });
    throw importError(label, issue.message, where, field);
  }
  const warnings: string[] = [];
  let images = 0;
  let empty = 0;
  const badZones = new Set<string>();
  const entries: ImportedEntry[] = [];
  parsed.data.entries.forEach((e, i) => {
    const where = `entry ${i + 1} (${e.uuid})`;
    let text = (e.text ?? '').trim();
    if (text === '' && e.richText) text = richTextToMarkdown(e.richText).trim();
    if (text === '') {
      empty++;
      return;
    }
    const md = markdownToDoc(text);
    images += md.images;
    const at = new Date(e.creationDate);
    entries.push({
      where,
      sourceId: e.uuid,
      occurredOn: localDayIn(at, e.timeZone, badZones),
      title: null,
      body: md.doc,
      tags: cleanTags(e.tags ?? [], `${label}, ${where}`, warnings),
      starred: e.starred ?? false,
      createdAt: at.toISOString(),
    });
  });
  if (empty > 0) warnings.push(`${empty} ${empty === 1 ? 'entry has' : 'entries have'} no text (photos only?) and will be skipped`);
  if (images > 0) warnings.push(`${images} ${images === 1 ? 'photo is' : 'photos are'} not imported: Scopebook keeps text only`);
  for (const zone of badZones) warnings.push(`Unknown time zone "${zone.slice(0, 60)}": its entries are dated by UTC`);
  return { source: 'dayone', label, entries, warnings };
}

/** Reads every journal JSON inside a Day One export zip. */
export function readDayOneZip(path: string, label: string): ParsedImport {
  const members = readZipMembers(path, label, (name) => name.toLowerCase().endsWith('.json') && !name.startsWith('__MACOSX/'));
  if (members.length === 0) throw importError(label, 'holds no Day One journal (no .json file inside)');
  const all: ParsedImport = { source: 'dayone', label, entries: [], warnings: [] };
  for (const m of members) {
    const memberLabel = `${label} › ${m.name}`;
    const value = parseJson(decodeUtf8(m.data, memberLabel), memberLabel);
    if (!looksLikeDayOne(value) && (value as { entries?: unknown[] })?.entries?.length !== 0) {
      throw importError(memberLabel, 'is not a Day One journal');
    }
    const one = readDayOne(value, memberLabel);
    all.entries.push(...one.entries);
    all.warnings.push(...one.warnings.map((w) => `${m.name}: ${w}`));
  }
  if (all.entries.length > LIMITS.maxEntries) throw importError(label, `has more than ${LIMITS.maxEntries} entries`);
  return all;
}

interface RichLine {
  header?: unknown;
  listStyle?: unknown;
  indentLevel?: unknown;
  quote?: unknown;
}
interface RichRun {
  text?: unknown;
  attributes?: { bold?: unknown; italic?: unknown; line?: RichLine };
}

/**
 * Day One's `richText` (a JSON string: `contents[]` runs of `text` with `attributes`, a run's
 * `attributes.line` saying whether its line is a heading, a list item or a quote) as Markdown,
 * so an entry whose plain `text` is empty keeps its words, headings and lists. Anything that is
 * not readable JSON of that shape gives '' (the entry then counts as one with no text).
 */
export function richTextToMarkdown(richText: string): string {
  let value: unknown;
  try {
    value = JSON.parse(richText);
  } catch {
    return '';
  }
  const contents = (value as { contents?: unknown })?.contents;
  if (!Array.isArray(contents)) return '';
  const lines: string[] = [];
  let current = '';
  let lineAttrs: RichLine | undefined;
  const finish = (): void => {
    const l = lineAttrs ?? {};
    const indent = typeof l.indentLevel === 'number' && l.indentLevel > 1 ? '  '.repeat(Math.min(l.indentLevel - 1, 8)) : '';
    let prefix = '';
    if (typeof l.header === 'number' && l.header >= 1 && l.header <= 6) prefix = `${'#'.repeat(l.header)} `;
    else if (l.listStyle === 'numbered') prefix = `${indent}1. `;
    else if (l.listStyle === 'checkbox' || l.listStyle === 'checked') prefix = `${indent}- [${l.listStyle === 'checked' ? 'x' : ' '}] `;
    else if (typeof l.listStyle === 'string') prefix = `${indent}- `;
    else if (l.quote === true) prefix = '> ';
    const isList = prefix.trimStart().startsWith('-') || prefix.trimStart().startsWith('1.');
    const prev = lines[lines.length - 1];
    // Paragraphs and headings are separated by a blank line; list items stay together.
    if (lines.length > 0 && !(isList && prev !== '' && prev !== undefined && /^\s*(-|1\.) /.test(prev))) lines.push('');
    lines.push(current.trim() === '' && prefix === '' ? '' : prefix + current);
    current = '';
    lineAttrs = undefined;
  };
  for (const raw of contents as RichRun[]) {
    if (typeof raw?.text !== 'string') continue;
    const a = raw.attributes ?? {};
    const parts = raw.text.split('\n');
    parts.forEach((part, i) => {
      if (a.line && typeof a.line === 'object') lineAttrs = a.line;
      if (part !== '') {
        const wrap = a.bold === true && a.italic === true ? '***' : a.bold === true ? '**' : a.italic === true ? '*' : '';
        const m = /^(\s*)(.*?)(\s*)$/s.exec(part)!;
        current += wrap && m[2] ? `${m[1]}${wrap}${m[2]}${wrap}${m[3]}` : part;
      }
      if (i < parts.length - 1) finish();
    });
  }
  if (current !== '') finish();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The calendar day of `at` in time zone `zone` (UTC when the zone is missing or unknown). */
export function localDayIn(at: Date, zone: string | undefined, badZones: Set<string>): string {
  const key = zone ?? 'UTC';
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: key, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      f = null;
    }
    formatters.set(key, f);
  }
  if (f === null) {
    badZones.add(key);
    return at.toISOString().slice(0, 10);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
