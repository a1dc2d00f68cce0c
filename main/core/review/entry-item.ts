/**
 * Entries as sentences of a review, how strong each one is, and which section has already
 * told it: an entry is told in full once, in the first section (in the template's order)
 * that takes it, and later sections only name it with a link.
 */
import type { DocNode } from '../../../common/contract';
import { type Direction, levelRank } from '../../../common/vocabulary';
import { entryLink, italic, link, listItem, paragraph, text } from './doc';
import { asSentence, count, formatDay, leadSentence, levelLabel, listNames } from './format';
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

/** Whether an impact states a measured result ("cut p95 by 40%", "3 teams"). */
export function measured(impact: string | null): boolean {
  return impact !== null && /\d/.test(impact);
}

/** Key deciders among the people who saw the entry. */
function deciders(entry: ReviewEntry, data: ReviewData): number {
  return entry.seenBy.filter((id) => data.people.get(id)?.keyDecider === true).length;
}

/**
 * How strongly an entry argues: its level counts most, then a star, an impact with a number
 * in it and each key decider who saw it (up to three). Recency plays no part.
 */
export function strength(entry: ReviewEntry, data: ReviewData): number {
  return (
    levelRank(entry.level) * 50 +
    (entry.starred ? 60 : 0) +
    (measured(entry.impact) ? 40 : entry.impact ? 15 : 0) +
    Math.min(deciders(entry, data), 3) * 25
  );
}

/** Strongest first; among equals the later one, then the id. */
export function byStrength(data: ReviewData): (a: ReviewEntry, b: ReviewEntry) => number {
  const s = new Map<string, number>();
  const of = (e: ReviewEntry) => s.get(e.id) ?? (s.set(e.id, strength(e, data)), s.get(e.id)!);
  return (a, b) =>
    of(b) - of(a) || (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** What an entry is called in a review: its title, else the first sentence of its text (shortened only at a clause). */
export function entryName(entry: Pick<ReviewEntry, 'title' | 'head'>): string {
  if (entry.title) return entry.title.trim();
  const head = leadSentence(entry.head, 140);
  return head === '' ? 'Untitled entry' : head;
}

/** Which section told each entry in full; shared by the sections of one draft. */
export class Citations {
  private readonly told = new Map<string, string>();

  /** The section that told `id`, or undefined. */
  toldIn(id: string): string | undefined {
    return this.told.get(id);
  }

  /** Records that `section` tells these entries. */
  tell(entries: readonly ReviewEntry[], section: string): void {
    for (const e of entries) if (!this.told.has(e.id)) this.told.set(e.id, section);
  }

  /** Every entry told so far, in the order they were told. */
  all(): string[] {
    return [...this.told.keys()];
  }
}

export interface ItemOptions {
  /** Also say who in these directions saw it (by default, the key deciders who did). */
  viewersIn?: readonly Direction[];
}

/** "Dana and Lee" — the viewers the options ask for. */
function viewerNames(entry: ReviewEntry, data: ReviewData, options: ItemOptions): string[] {
  return entry.seenBy
    .map((id) => data.people.get(id))
    .filter((p) => p !== undefined && (options.viewersIn ? options.viewersIn.includes(p.direction) : p.keyDecider))
    .map((p) => p!.name);
}

/**
 * An entry as a sentence: "<Title>. Cut p95 latency by 40%. Seen by Dana and Lee. _Project,
 * 12 Mar 2025_" — the name links to the entry; the level and the date come once, at the end.
 */
export function entrySentence(entry: ReviewEntry, data: ReviewData, options: ItemOptions = {}): (DocNode | null)[] {
  const viewers = viewerNames(entry, data, options);
  const name = entryName(entry).replace(/[.!?…]+$/, (end) => (end === '.' ? '' : end));
  const stop = /[.!?…]$/.test(name) ? '' : '.';
  return [
    entryLink(name, entry.id),
    text(stop),
    text(entry.impact ? ` ${asSentence(leadSentence(entry.impact, 200))}` : ''),
    text(viewers.length > 0 ? ` Seen by ${listNames(viewers, 4)}.` : ''),
    text(' '),
    italic(`${levelLabel(entry.level)}, ${formatDay(entry.occurredOn)}`),
  ];
}

/** An entry as a list item (see entrySentence). */
export function entryItem(entry: ReviewEntry, data: ReviewData, options: ItemOptions = {}): DocNode {
  return listItem(paragraph(...entrySentence(entry, data, options)));
}

/** "Also part of this: <A> (Highlights), <B> (Projects)." — entries told elsewhere, named once with a link. */
export function referLine(entries: readonly ReviewEntry[], cited: Citations, lead = 'Also part of this, told above: '): DocNode | null {
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 4);
  const inline: (DocNode | null)[] = [text(lead)];
  shown.forEach((e, i) => {
    if (i > 0) inline.push(text(i === shown.length - 1 && entries.length <= 4 ? ' and ' : ', '));
    inline.push(entryLink(entryName(e).replace(/[.!?…]+$/, ''), e.id));
    const where = cited.toldIn(e.id);
    if (where) inline.push(text(` (${where})`));
  });
  const rest = entries.length - shown.length;
  inline.push(text(rest > 0 ? ` and ${count(rest, 'other entry', 'other entries')}.` : '.'));
  return paragraph(...inline);
}

export interface Told {
  /** List items for the entries told here. */
  items: DocNode[];
  /** A paragraph naming entries already told elsewhere, or null. */
  refer: DocNode | null;
  /** "4 more in the timeline" (linked when `moreHref` is given), or null. */
  more: DocNode | null;
}

/**
 * Tells the first `limit` entries not yet told (in `entries`' order) and records them as told
 * by `section`; entries told earlier are only named. `entries` come in the section's order.
 */
export function tellEntries(
  entries: readonly ReviewEntry[],
  limit: number,
  data: ReviewData,
  cited: Citations,
  section: string,
  options: ItemOptions & { moreHref?: string } = {},
): Told {
  const earlier = entries.filter((e) => cited.toldIn(e.id) !== undefined);
  const fresh = entries.filter((e) => cited.toldIn(e.id) === undefined);
  const told = fresh.slice(0, limit);
  cited.tell(told, section);
  const rest = fresh.length - told.length;
  const moreText = `${count(rest, 'more entry', 'more entries')} in the journal.`;
  return {
    items: told.map((e) => entryItem(e, data, options)),
    refer: referLine(earlier, cited),
    more: rest > 0 ? paragraph(options.moreHref ? link(moreText, options.moreHref) : text(moreText)) : null,
  };
}
