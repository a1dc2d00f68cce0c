/** A single self-contained HTML brag document: no scripts, no external resources, everything escaped. */
import type { Db } from '../db';
import { writeFileAtomic } from './atomic-write';
import { type BragEntry, dayLabel, readBragYears } from './brag-model';
import { escapeHtml } from '../doc-format/shared';
import { docToHtml } from './doc-render';
import { snapshot } from './export-json';
import type { LongWork } from './progress';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{font-size:2rem}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de}h3{margin-bottom:.25rem}
.facts{list-style:none;padding:0;margin:.25rem 0;color:#57606a;font-size:.9rem}.facts li{display:inline;margin-right:1rem}
.mention{font-weight:600}blockquote{border-left:3px solid #d0d7de;margin-left:0;padding-left:1rem;color:#57606a}`;

/** Writes the brag document (all years, or one) to `target` (already checked). */
export function exportHtml(db: Db, target: string, year?: number, work?: LongWork): { entries: number; bytes: number } {
  const years = snapshot(db, () => readBragYears(db, year, work));
  const entries = years.reduce((n, y) => n + y.count, 0);
  const title = year === undefined ? 'Brag document' : `Brag document ${year}`;
  const bytes = writeFileAtomic(target, (out) => {
    out.write(
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n` +
        `<style>${STYLE}</style>\n</head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n` +
        `<p>${entries} ${entries === 1 ? 'entry' : 'entries'}, exported from Scopebook.</p>\n`,
    );
    for (const y of years) {
      for (const m of y.months) {
        out.write(`<section>\n<h2>${escapeHtml(m.label)}</h2>\n`);
        for (const e of m.entries) out.write(entryHtml(e));
        out.write('</section>\n');
      }
    }
    out.write('</body>\n</html>\n');
  });
  return { entries, bytes };
}

function entryHtml(e: BragEntry): string {
  const heading = `${e.starred ? '★ ' : ''}${dayLabel(e.occurredOn)}${e.title ? ` — ${e.title}` : ''}`;
  const facts = [`Level: ${e.levelLabel}`];
  if (e.people.length > 0) facts.push(`Seen by: ${e.people.join(', ')}`);
  if (e.tags.length > 0) facts.push(`Tags: ${e.tags.map((t) => `#${t}`).join(' ')}`);
  if (e.goal) facts.push(`Goal: ${e.goal}`);
  if (e.impact) facts.push(`Impact: ${e.impact}`);
  return (
    `<article>\n<h3>${escapeHtml(heading)}</h3>\n<ul class="facts">${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>\n` +
    `${docToHtml(e.body, 3)}\n</article>\n`
  );
}
