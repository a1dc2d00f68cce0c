/**
 * Wording shared by the sections of a generated review. Fixed English formats, never the
 * machine's locale, so the same data always gives the same draft.
 */
import { format } from 'date-fns';
import type { DayRange } from '../../../common/contract';
import { LEVEL_INFO, type OwnershipLevel } from '../../../common/vocabulary';
import { dayToDate } from './periods';

/** "12 Mar 2025". */
export function formatDay(day: string): string {
  return format(dayToDate(day), 'd MMM yyyy');
}

/** "1 Jan – 30 Jun 2025", or with both years when they differ. */
export function formatRange(range: DayRange): string {
  if (range.from === range.to) return formatDay(range.from);
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  const from = sameYear ? format(dayToDate(range.from), 'd MMM') : formatDay(range.from);
  return `${from} – ${formatDay(range.to)}`;
}

/** "1 entry", "3 entries". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "▲ Project": a level is never told by colour or symbol alone. */
export function levelName(level: OwnershipLevel | null): string {
  return level ? `${LEVEL_INFO[level].glyph} ${LEVEL_INFO[level].label}` : 'level not set';
}

/** "A, B and C" (or "A, B or C"); with more than `max` names, "A, B, C and 4 more". */
export function listNames(names: string[], max = Infinity, conjunction: 'and' | 'or' = 'and'): string {
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Clause boundaries a shortened sentence may end at (the text before them reads whole). */
const CLAUSE = /(?:[,;:]| [—–-]) /g;

/**
 * The first sentence of `text`, whole when it fits in `max` characters; a longer one is
 * shortened at its last clause boundary (comma, semicolon, colon, dash) and only when there is
 * none at a word boundary, with an ellipsis. Never cuts a word.
 */
export function leadSentence(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= max) return sentence;
  const window = sentence.slice(0, max);
  let clause = -1;
  for (const m of window.matchAll(CLAUSE)) clause = m.index;
  if (clause > max * 0.35) return `${window.slice(0, clause)}…`;
  const space = window.lastIndexOf(' ');
  return `${(space > 0 ? window.slice(0, space) : window).replace(/[,;:—–-]+$/, '')}…`;
}

/** `text` ending with a full stop (unless it already ends a sentence). */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?…]["'”’)]?$/.test(t) ? t : `${t}.`;
}

/** "Mar 2025". */
export function formatMonth(day: string): string {
  return format(dayToDate(day), 'MMM yyyy');
}

/** "Project", "Business leverage": a level named in a sentence. */
export function levelLabel(level: OwnershipLevel | null): string {
  return level ? LEVEL_INFO[level].label : 'no level';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares names the same way on every machine (English collation, ignoring case). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
