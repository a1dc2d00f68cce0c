/** One entry as a line of a review, linked back to the entry, and the order entries are ranked in. */
import type { DocNode } from '../../../common/contract';
import { type Direction, levelRank } from '../../../common/vocabulary';
import { entryLink, italic, listItem, paragraph, text } from './doc';
import { count, formatDay, levelName, listNames, shorten } from './format';
import type { ReviewData, ReviewEntry } from './load';

/**
 * Most significant first: starred entries, then higher ownership levels, then the most
 * recent; the id settles the rest, so the order never depends on how rows were read.
 */
export function bySignificance(a: ReviewEntry, b: ReviewEntry): number {
  return (
    Number(b.starred) - Number(a.starred) ||
    levelRank(b.level) - levelRank(a.level) ||
    (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : 0) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/** What an entry is called in a review: its title, else the start of its text. */
export function entryName(entry: Pick<ReviewEntry, 'title' | 'head'>): string {
  if (entry.title) return entry.title;
  const head = shorten(entry.head, 80);
  return head === '' ? 'Untitled entry' : head;
}

export interface ItemOptions {
  /** Also say who in these directions saw it. */
  viewersIn?: readonly Direction[];
}

/** "<Title> — impact (12 Mar 2025 · ▲ Project · starred) · seen by A and B", the title linking to the entry. */
export function entryItem(entry: ReviewEntry, data: ReviewData, options: ItemOptions = {}): DocNode {
  const details = [formatDay(entry.occurredOn), levelName(entry.level), ...(entry.starred ? ['starred'] : [])];
  let viewers = '';
  if (options.viewersIn) {
    const names = entry.seenBy
      .map((id) => data.people.get(id))
      .filter((p) => p !== undefined && options.viewersIn!.includes(p.direction))
      .map((p) => p!.name);
    if (names.length > 0) viewers = ` · seen by ${listNames(names)}`;
  }
  return listItem(
    paragraph(
      entryLink(entryName(entry), entry.id),
      text(entry.impact ? ` — ${entry.impact}` : ''),
      text(` (${details.join(' · ')})${viewers}`),
    ),
  );
}

/**
 * The first `limit` entries as list items, plus a closing "…and N more" when some were left
 * out. `entries` come most significant first (generateDraft sorts them once with bySignificance).
 */
export function topItems(entries: ReviewEntry[], limit: number, data: ReviewData, options: ItemOptions = {}): DocNode[] {
  const items = entries.slice(0, limit).map((e) => entryItem(e, data, options));
  const rest = entries.length - limit;
  if (rest > 0) items.push(listItem(paragraph(italic(`…and ${count(rest, 'more entry', 'more entries')}`))));
  return items;
}
