/** The timeline as flat rows for the virtual list: a heading for each day, then its entries. */
import type { EntrySummary } from '../../../common/contract';

/** One row of the virtual list. */
export type TimelineRow =
  | { kind: 'day'; key: string; day: string; count: number }
  | { kind: 'entry'; key: string; entry: EntrySummary; snippet?: string };

/** An entry to show, with its search snippet when it came from a search. */
export interface ListedEntry {
  entry: EntrySummary;
  snippet?: string;
}

/**
 * Groups entries (already newest first) under day headings; `count` is the number of
 * entries of that day loaded so far. Ungrouped (search by relevance), entries follow each other.
 */
export function toRows(items: readonly ListedEntry[], grouped = true): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let heading: Extract<TimelineRow, { kind: 'day' }> | null = null;
  for (const { entry, snippet } of items) {
    if (grouped && (!heading || heading.day !== entry.occurredOn)) {
      heading = { kind: 'day', key: `day:${entry.occurredOn}:${rows.length}`, day: entry.occurredOn, count: 0 };
      rows.push(heading);
    }
    if (heading) heading.count += 1;
    rows.push({ kind: 'entry', key: entry.id, entry, snippet });
  }
  return rows;
}
