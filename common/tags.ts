/**
 * Tags as the journal stores them, and the `#hashtags` it reads from text. One definition for
 * the core (which stores them) and the renderer (which shows the tags an entry will get before
 * it is saved). Pure: no Node, no DOM, no zod.
 */

/** Tags are compared case-insensitively: stored trimmed, lower-case, without a leading '#', spaces as '-'. */
export function normaliseTag(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/\s+/g, '-');
}

/** A `#tag` in text: after a line start, a space or an opening punctuation mark; up to 60 characters. */
const HASHTAG = /(?:^|[\s(,;])#([\p{L}\p{N}_][\p{L}\p{N}_-]{0,59})/gu;

/** `#tags` written in text, normalised, once each; purely numeric ones (#123, an issue number) are not tags. */
export function hashtags(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(HASHTAG)) {
    const tag = m[1]!;
    if (!/^\d+$/.test(tag)) found.add(normaliseTag(tag));
  }
  return [...found];
}
