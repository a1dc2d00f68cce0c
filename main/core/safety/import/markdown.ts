/**
 * A Markdown brag document: headings are sections or periods ("## March 2024",
 * "### Week of 2024-03-04", "## Q1 2024"), and each top-level bullet or paragraph is an
 * entry. An entry's day is the date it starts with, else the first day of the period of
 * the heading above it. Headings without a date ("## Mentoring") become a tag on the
 * entries under them.
 */
import { normaliseTag } from '../../../../common/contract';
import { LIMITS } from './limits';
import { markdownToDoc } from './md-to-doc';
import { importError, type ImportedEntry, type ParsedImport } from './model';
import { headingPeriod, leadingDate, type Precision } from './dates';

interface Section {
  level: number;
  day: string | null;
  precision: Precision | null;
  tag: string | null;
}

interface Block {
  line: number;
  kind: 'bullet' | 'paragraph';
  lines: string[];
  blankSeen: boolean;
}

/** Reads a brag document's text. */
export function readMarkdownBrag(text: string, label: string): ParsedImport {
  const lines = text.split(/\r\n|\r|\n/);
  const warnings: string[] = [];
  const entries: ImportedEntry[] = [];
  const sections: Section[] = [];
  const undated: number[] = [];
  const fromHeading = { count: 0, example: '' };
  const sectionTags = new Set<string>();
  let images = 0;
  let block: Block | null = null;
  let fence = false;
  let i = 0;

  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && l.trim() === '---');
    if (end > 0) i = end + 1;
  }

  const flush = () => {
    if (!block) return;
    const b = block;
    block = null;
    const first = b.lines[0] ?? '';
    const dated = leadingDate(first);
    const body = [dated ? dated.rest : first, ...b.lines.slice(1)].join('\n').trim();
    if (body === '') return;
    const section = [...sections].reverse().find((s) => s.day !== null);
    const day = dated?.day ?? section?.day ?? null;
    if (!day) {
      undated.push(b.line);
      return;
    }
    if (!dated && section && section.precision !== 'day') {
      fromHeading.count++;
      fromHeading.example ||= day;
    }
    if (body.length > LIMITS.maxEntryChars) throw importError(label, `has more than ${LIMITS.maxEntryChars} characters`, `line ${b.line}`);
    const md = markdownToDoc(body);
    images += md.images;
    const tag = [...sections].reverse().find((s) => s.tag !== null)?.tag ?? null;
    if (tag) sectionTags.add(tag);
    entries.push({
      where: `line ${b.line}`,
      sourceId: null,
      occurredOn: day,
      title: null,
      body: md.doc,
      tags: tag ? [tag] : [],
      starred: false,
      createdAt: null,
    });
    if (entries.length > LIMITS.maxEntries) throw importError(label, `has more than ${LIMITS.maxEntries} entries`);
  };

  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      if (block) (block as Block).lines.push(raw.replace(/^(\t| {2,4})/, ''));
      else block = { line: lineNo, kind: 'paragraph', lines: [raw], blankSeen: false };
      continue;
    }
    if (fence) {
      (block as Block | null)?.lines.push(raw.replace(/^(\t| {2,4})/, ''));
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*$/.exec(raw);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      while (sections.length > 0 && sections[sections.length - 1]!.level >= level) sections.pop();
      const period = headingPeriod(heading[2]!);
      const name = normaliseTag(heading[2]!.replace(/[^\p{L}\p{N}\s-]/gu, ' '));
      const tag = !period && level >= 2 && name.length > 0 && name.length <= 40 ? name : null;
      sections.push({ level, day: period?.day ?? null, precision: period?.precision ?? null, tag });
      continue;
    }
    const bullet = /^ {0,1}([-*+]|\d{1,9}[.)])\s+(.*)$/.exec(raw);
    // A bullet indented even by one space under an open bullet is its sub-bullet, not a new entry.
    const subBullet = bullet && raw.startsWith(' ') && (block as Block | null)?.kind === 'bullet';
    if (subBullet) {
      (block as Block).lines.push(`  ${raw.trimStart()}`.replace(/^ {2}/, ''));
      continue;
    }
    if (bullet && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      flush();
      block = { line: lineNo, kind: 'bullet', lines: [bullet[2]!], blankSeen: false };
      continue;
    }
    if (raw.trim() === '') {
      if (block?.kind === 'paragraph') flush();
      else if (block) block.blankSeen = true;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      flush();
      continue;
    }
    const indented = /^(\t| {2,})/.test(raw);
    const current = block as Block | null;
    if (current?.kind === 'bullet' && (indented || !current.blankSeen)) {
      current.lines.push(indented ? raw.replace(/^(\t| {2,4})/, '') : raw.trim());
    } else if (current?.kind === 'paragraph') {
      current.lines.push(raw.trim());
    } else {
      flush();
      block = { line: lineNo, kind: 'paragraph', lines: [raw.trim()], blankSeen: false };
    }
  }
  flush();

  if (entries.length === 0) {
    throw importError(label, 'has no dated entries: start bullets with a date (2024-03-05: …) or put them under dated headings (## March 2024)');
  }
  if (undated.length > 0) {
    warnings.push(
      `${undated.length} ${undated.length === 1 ? 'block has' : 'blocks have'} no date and will be skipped (line ${undated.slice(0, 5).join(', ')}${undated.length > 5 ? ', …' : ''})`,
    );
  }
  if (fromHeading.count > 0) {
    warnings.push(
      `${fromHeading.count} ${fromHeading.count === 1 ? 'entry takes the first day of the period in its heading' : 'entries take the first day of the period in their heading'} (e.g. ${fromHeading.example})`,
    );
  }
  if (sectionTags.size > 0) warnings.push(`Headings without a date become tags: ${[...sectionTags].slice(0, 10).join(', ')}`);
  if (images > 0) warnings.push(`${images} ${images === 1 ? 'image is' : 'images are'} not imported: Scopebook keeps text only`);
  return { source: 'markdown', label, entries, warnings };
}
