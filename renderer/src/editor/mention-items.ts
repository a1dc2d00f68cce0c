/** What the `@` type-ahead offers for a query: matching people, then "add a new person". */
import type { StakeholderSummary } from '../../../common/contract';
import type { Direction } from '../../../common/vocabulary';

/** One line of the type-ahead. */
export type MentionItem =
  | { kind: 'person'; id: string; name: string; role: string | null; direction: Direction }
  | { kind: 'new'; name: string };

/** People whose name starts with (then contains) the query; archived people are not offered. */
export function mentionItems(people: readonly StakeholderSummary[], query: string, max = 6): MentionItem[] {
  const q = query.trim().toLocaleLowerCase();
  const active = people.filter((p) => p.archivedAt === null);
  const starts = active.filter((p) => p.name.toLocaleLowerCase().startsWith(q));
  const contains = active.filter((p) => !p.name.toLocaleLowerCase().startsWith(q) && p.name.toLocaleLowerCase().includes(q));
  const items: MentionItem[] = [...starts, ...contains]
    .slice(0, max)
    .map((p) => ({ kind: 'person', id: p.id, name: p.name, role: p.role, direction: p.direction }));
  const exact = active.some((p) => p.name.toLocaleLowerCase() === q);
  if (q !== '' && !exact) items.push({ kind: 'new', name: query.trim() });
  return items;
}
