/**
 * Markdown brag documents: one file per year (entries grouped by month), or one file per
 * month with YAML front matter (for Obsidian and static-site tools). Each file is written
 * atomically; files of other years or months in the folder are left alone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db';
import { writeFileAtomic } from './atomic-write';
import { type BragEntry, type BragMonth, dayLabel, readBragYears } from './brag-model';
import { docToMarkdown, markdownText } from '../doc-format/markdown';
import { snapshot } from './export-json';
import type { LongWork } from './progress';

export type MarkdownLayout = 'yearly' | 'monthly';

export interface MultiFileExport {
  files: string[];
  entries: number;
  bytes: number;
}

/**
 * Writes Markdown into `folder` (already checked). `checkTarget` sees every file the export
 * will write before the first is written, and may refuse one by throwing: then nothing is written.
 */
export function exportMarkdown(
  db: Db,
  folder: string,
  layout: MarkdownLayout,
  year?: number,
  work?: LongWork,
  checkTarget?: (path: string) => void,
): MultiFileExport {
  const years = snapshot(db, () => readBragYears(db, year, work));
  const targets = (y: (typeof years)[number]) => (layout === 'yearly' ? [join(folder, `brag-${y.year}.md`)] : y.months.map((m) => join(folder, y.year, `${m.month}.md`)));
  if (checkTarget) for (const y of years) targets(y).forEach(checkTarget);
  const result: MultiFileExport = { files: [], entries: 0, bytes: 0 };
  for (const y of years) {
    result.entries += y.count;
    if (layout === 'yearly') {
      const path = targets(y)[0]!;
      result.bytes += writeFileAtomic(path, (out) => {
        out.write(`# Brag document ${y.year}\n\n${y.count} ${y.count === 1 ? 'entry' : 'entries'}, exported from Scopebook.\n`);
        for (const m of y.months) {
          out.write(`\n## ${m.label}\n`);
          for (const e of m.entries) out.write(`\n${entryMarkdown(e)}\n`);
        }
      });
      result.files.push(path);
    } else {
      const dir = join(folder, y.year);
      mkdirSync(dir, { recursive: true });
      for (const m of y.months) {
        const path = join(dir, `${m.month}.md`);
        result.bytes += writeFileAtomic(path, (out) => {
          out.write(frontMatter(m));
          out.write(`\n# ${m.label}\n`);
          for (const e of m.entries) out.write(`\n${entryMarkdown(e)}\n`);
        });
        result.files.push(path);
      }
    }
  }
  return result;
}

/** One entry: a heading with day and title, its facts as a list, then its text. */
export function entryMarkdown(e: BragEntry): string {
  // Every string from the journal is escaped: it reads back as the same text, never as markup.
  const heading = `### ${e.starred ? '★ ' : ''}${dayLabel(e.occurredOn)}${e.title ? ` — ${markdownText(e.title, true)}` : ''}`;
  const facts = [`- Level: ${e.levelLabel}`];
  if (e.people.length > 0) facts.push(`- Seen by: ${markdownText(e.people.join(', '))}`);
  if (e.tags.length > 0) facts.push(`- Tags: ${e.tags.map((t) => `#${markdownText(t)}`).join(' ')}`);
  if (e.goal) facts.push(`- Goal: ${markdownText(e.goal)}`);
  if (e.impact) facts.push(`- Impact: ${markdownText(e.impact)}`);
  const body = docToMarkdown(e.body, 3);
  return `${heading}\n\n${facts.join('\n')}${body ? `\n\n${body}` : ''}`;
}

/** YAML front matter; every string is JSON-quoted, which YAML reads as-is. */
function frontMatter(m: BragMonth): string {
  const levels = new Map<string, number>();
  const tags = new Set<string>();
  const people = new Set<string>();
  for (const e of m.entries) {
    const key = e.level ?? 'not-set';
    levels.set(key, (levels.get(key) ?? 0) + 1);
    e.tags.forEach((t) => tags.add(t));
    e.peopleNames.forEach((p) => people.add(p));
  }
  const list = (xs: Iterable<string>) => `[${[...xs].sort().map((x) => JSON.stringify(x)).join(', ')}]`;
  return [
    '---',
    `month: ${JSON.stringify(m.month)}`,
    `entries: ${m.entries.length}`,
    'levels:',
    ...[...levels].sort().map(([k, n]) => `  ${k}: ${n}`),
    `tags: ${list(tags)}`,
    `people: ${list(people)}`,
    '---',
    '',
  ].join('\n');
}
