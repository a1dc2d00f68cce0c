/**
 * An Obsidian daily-notes folder: every `YYYY-MM-DD.md` (in any subfolder) is one entry
 * for that day. Front matter `tags` and `#tags` in the text become tags. Hidden folders
 * (.obsidian, .trash) are skipped; symbolic links are never followed out of the folder.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LIMITS } from './limits';
import { markdownToDoc } from './md-to-doc';
import { importError, type ImportedEntry, type ParsedImport } from './model';
import { readTextFile } from './read-input';
import { realDay } from './dates';
import { cleanTags } from './tidy';

const DAILY = /^(\d{4})-(\d{2})-(\d{2})\.md$/i;

/** Reads every daily note under `folder`. */
export function readObsidian(folder: string, label: string): ParsedImport {
  const root = realpathSync(folder);
  const notes: { rel: string; path: string; day: string }[] = [];
  const warnings: string[] = [];
  let otherFiles = 0;
  let badNames = 0;
  let visited = 0;
  let bytes = 0;
  const walk = (dir: string, depth: number) => {
    if (depth > LIMITS.maxFolderDepth) throw importError(label, `is nested more than ${LIMITS.maxFolderDepth} folders deep`);
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      if (++visited > LIMITS.maxFolderFiles) throw importError(label, `holds more than ${LIMITS.maxFolderFiles} files`);
      const path = join(dir, name);
      const rel = relative(root, path);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          warnings.push(`${rel}: a broken link, skipped`);
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) throw importError(label, 'links to a place outside the folder', rel);
        warnings.push(`${rel}: a link inside the folder, skipped (its target is read where it is)`);
        continue;
      }
      if (st.isDirectory()) {
        walk(path, depth + 1);
        continue;
      }
      if (!st.isFile()) continue;
      const m = DAILY.exec(name);
      if (!m) {
        otherFiles++;
        continue;
      }
      const day = realDay(+m[1]!, +m[2]!, +m[3]!);
      if (!day) {
        badNames++;
        continue;
      }
      if (st.size > LIMITS.maxNoteBytes) throw importError(label, `is larger than ${LIMITS.maxNoteBytes} bytes`, rel);
      bytes += st.size;
      if (bytes > LIMITS.maxFolderBytes) throw importError(label, `holds more than ${LIMITS.maxFolderBytes} bytes of notes`);
      notes.push({ rel, path, day });
    }
  };
  walk(root, 0);
  if (notes.length === 0) throw importError(label, 'holds no daily notes (files named YYYY-MM-DD.md)');

  const entries: ImportedEntry[] = [];
  let empty = 0;
  let images = 0;
  for (const note of notes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.rel < b.rel ? -1 : 1))) {
    const text = readTextFile(note.path, `${label}/${note.rel}`, LIMITS.maxNoteBytes);
    const { tags, body } = splitFrontMatter(text);
    if (body.trim() === '') {
      empty++;
      continue;
    }
    const md = markdownToDoc(body);
    images += md.images;
    entries.push({
      where: note.rel,
      sourceId: null,
      occurredOn: note.day,
      title: null,
      body: md.doc,
      tags: cleanTags(tags, `${label}/${note.rel}`, warnings),
      starred: false,
      createdAt: null,
    });
  }
  if (empty > 0) warnings.push(`${empty} empty ${empty === 1 ? 'note' : 'notes'} will be skipped`);
  if (otherFiles > 0) warnings.push(`${otherFiles} other ${otherFiles === 1 ? 'file is' : 'files are'} not daily notes and will be ignored`);
  if (badNames > 0) warnings.push(`${badNames} ${badNames === 1 ? 'note is' : 'notes are'} named after a day that does not exist`);
  if (images > 0) warnings.push(`${images} ${images === 1 ? 'image is' : 'images are'} not imported: Scopebook keeps text only`);
  return { source: 'obsidian', label, entries, warnings };
}

/** Front matter's `tags` (a list, inline or block) and the text after it. */
export function splitFrontMatter(text: string): { tags: string[]; body: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') return { tags: [], body: text };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) return { tags: [], body: text };
  const tags: string[] = [];
  for (let i = 1; i < end; i++) {
    const m = /^(tags|tag)\s*:\s*(.*)$/i.exec(lines[i]!);
    if (!m) continue;
    const inline = m[2]!.trim();
    if (inline !== '') {
      tags.push(...inline.replace(/^\[|\]$/g, '').split(',').map(unquote));
    } else {
      for (let j = i + 1; j < end && /^\s+-\s*/.test(lines[j]!); j++) tags.push(unquote(lines[j]!.replace(/^\s+-\s*/, '')));
    }
  }
  return { tags: tags.filter((t) => t !== ''), body: lines.slice(end + 1).join('\n') };
}

function unquote(s: string): string {
  return s.trim().replace(/^["']|["']$/g, '').trim();
}
