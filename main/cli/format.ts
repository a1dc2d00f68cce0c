/** How entries, people and days read in the terminal. */
import type { EntrySummary, SeenBy } from '../../common/contract';
import { CHANNEL_LABELS, LEVEL_INFO, type OwnershipLevel } from '../../common/vocabulary';
import { LEVEL_STYLE } from './color';
import type { Cell } from './table';

/** "▲ Project", or "· unrated" for imported entries awaiting triage. */
export function levelText(level: OwnershipLevel | null): string {
  return level ? `${LEVEL_INFO[level].glyph} ${LEVEL_INFO[level].label}` : '· unrated';
}

/** A level as a coloured table cell. */
export function levelCell(level: OwnershipLevel | null): Cell {
  return { text: levelText(level), style: level ? LEVEL_STYLE[level] : 'dim' };
}

/** "Ana (meeting), Bo". */
export function seenByText(seen: readonly SeenBy[]): string {
  return seen.map((s) => (s.channel ? `${s.name} (${CHANNEL_LABELS[s.channel].toLowerCase()})` : s.name)).join(', ');
}

/** What names an entry in one line: its title, else the start of its text. */
export function entryHeadline(entry: Pick<EntrySummary, 'title' | 'excerpt'>): string {
  return (entry.title ?? entry.excerpt).replace(/\s+/g, ' ').trim() || '(empty)';
}

/** One table row per entry: day, level, star, text, who saw it, tags. */
export function entryRow(entry: EntrySummary): Cell[] {
  return [
    entry.occurredOn,
    levelCell(entry.ownershipLevel),
    entry.starred ? { text: '★', style: 'yellow' } : ' ',
    entryHeadline(entry),
    { text: seenByText(entry.seenBy), style: 'cyan' },
    { text: entry.tags.map((t) => `#${t}`).join(' '), style: 'blue' },
  ];
}

/** "3 entries", "1 entry". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A byte count for people: "12.3 kB". */
export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
