/**
 * "Areas of focus": the period's entries grouped into a handful of themes by their words and
 * tags (main/core/growth/themes.ts, deterministic and offline), each named by its top terms,
 * with its size, its widest level and its strongest entries (told here unless an earlier
 * section told them).
 */
import type { DocNode, ReviewFigures, TemplateSection } from '../../../common/contract';
import { clusterThemes, themeName } from '../growth/themes';
import { bold, bulletList, listItem, paragraph, text } from './doc';
import { type Citations, tellEntries } from './entry-item';
import { highestLevel } from './figures';
import { count, levelLabel } from './format';
import type { ReviewData } from './load';

const DEFAULT_LIMIT = 3;

export function themesSection(section: TemplateSection, data: ReviewData, _f: ReviewFigures, cited: Citations): DocNode[] {
  const clusters = clusterThemes(
    data.entries.map((e) => ({ id: e.id, text: [e.title ?? '', e.head, e.impact ?? ''].join('\n'), tags: e.tags })),
  );
  if (clusters.length === 0) return [];
  return [
    bulletList(
      clusters.map((c) => {
        const members = new Set(c.members);
        // In the draft's order: most significant first.
        const entries = data.entries.filter((e) => members.has(e.id));
        const top = highestLevel(entries);
        const told = tellEntries(entries, section.limit ?? DEFAULT_LIMIT, data, cited, section.title);
        return listItem(
          ...[
            paragraph(
              bold(themeName(c)),
              text(`: ${count(entries.length, 'entry', 'entries')}${top ? `, up to ${levelLabel(top)} level` : ''}.`),
            ),
            told.items.length > 0 ? bulletList(told.items) : null,
            told.refer,
            told.more,
          ].filter((n): n is DocNode => n !== null),
        );
      }),
    ),
  ];
}
