/**
 * Tags as the core stores them, and the `#hashtags` it reads from text. Mirrors the
 * core's rules (main/core/text.ts, common/contract/shared.ts) so the editor can show
 * the tags an entry will get before it is saved.
 */

/** Trimmed, lower-case, without a leading '#', spaces as '-' (as the contract normalises). */
export function normaliseTag(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/\s+/g, '-');
}

/** `#tags` written in text, normalised; purely numeric ones (#123, an issue number) are not tags. */
export function hashtags(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s(,;])#([\p{L}\p{N}_][\p{L}\p{N}_-]{0,59})/gu)) {
    const tag = m[1]!;
    if (!/^\d+$/.test(tag)) found.add(normaliseTag(tag));
  }
  return [...found];
}
