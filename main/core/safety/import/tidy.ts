/** Small clean-ups shared by the import readers: tags and over-long titles. */
import { normaliseTag } from '../../../../common/contract';
import { LIMITS } from './limits';

/** Normalised, de-duplicated tags; ones too long to keep are reported, not imported. */
export function cleanTags(raw: readonly string[], where: string, warnings: string[]): string[] {
  const out = new Set<string>();
  for (const t of raw) {
    const tag = normaliseTag(t);
    if (tag.length === 0) continue;
    if (tag.length > 60) {
      warnings.push(`${where}: tag "${tag.slice(0, 40)}…" is longer than 60 characters and was left out`);
      continue;
    }
    out.add(tag);
  }
  const tags = [...out];
  if (tags.length > LIMITS.maxTags) {
    warnings.push(`${where}: only the first ${LIMITS.maxTags} of ${tags.length} tags were kept`);
    return tags.slice(0, LIMITS.maxTags);
  }
  return tags;
}

