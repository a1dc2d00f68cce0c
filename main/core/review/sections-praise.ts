/**
 * The "Praise and feedback" section: "Did anybody tell you that you did something well?"
 * Each piece of praise received in the period, newest first: the words in quotes, who said
 * it (with their direction when they are in the map), when, how and where, and a link to the
 * entry it is about. Returns [] when there is none (the section is then left out).
 */
import type { DocNode, TemplateSection } from '../../../common/contract';
import { CHANNEL_LABELS, DIRECTION_INFO } from '../../../common/vocabulary';
import { bulletList, entryLink, italic, listItem, paragraph, text } from './doc';
import { entryName } from './entry-item';
import { count, formatDay } from './format';
import type { ReviewData } from './load';
import type { ReviewPraise } from './load-praise';

/** Pieces of praise listed when the section sets no limit. */
const DEFAULT_LIMIT = 25;

/** "Alice (Up)", or the bare name kept with the praise when the person is not in the map. */
function who(p: ReviewPraise): string {
  return p.direction ? `${p.fromName} (${DIRECTION_INFO[p.direction].label})` : p.fromName;
}

/** "“Great launch” — Alice (Up) · 12 Mar 2025 · One-on-one, weekly sync · about <entry>". */
function praiseItem(p: ReviewPraise): DocNode {
  const how = [p.channel ? CHANNEL_LABELS[p.channel] : null, p.where].filter((s): s is string => Boolean(s));
  const details = [who(p), formatDay(p.receivedOn), ...(how.length > 0 ? [how.join(', ')] : [])];
  return listItem(
    paragraph(
      italic(`“${p.words}”`),
      text(` — ${details.join(' · ')}`),
      ...(p.entry ? [text(' · about '), entryLink(entryName(p.entry), p.entry.id)] : []),
    ),
  );
}

/** Who praised the work and how often, then each piece of praise, newest first. */
export function praiseSection(section: TemplateSection, data: ReviewData): DocNode[] {
  const all = data.praise;
  if (all.length === 0) return [];
  const limit = section.limit ?? DEFAULT_LIMIT;
  // People are told apart by name: praise from someone no longer in the map only has a name.
  const givers = new Set(all.map((p) => p.fromName.toLocaleLowerCase('en'))).size;
  const items = all.slice(0, limit).map(praiseItem);
  const rest = all.length - limit;
  if (rest > 0) items.push(listItem(paragraph(italic(`…and ${rest} more`))));
  return [
    paragraph(text(`${count(all.length, 'piece', 'pieces')} of praise or feedback from ${count(givers, 'person', 'people')}, newest first.`)),
    bulletList(items),
  ];
}
