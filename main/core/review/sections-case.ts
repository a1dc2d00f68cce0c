/**
 * The "Promotion case" section: an argument for the next level rather than a list. What was
 * owned at each level (the strongest entries told here, once), the widest scope reached, who
 * above and beside the manager has seen the work, and what is still missing.
 */
import type { DocNode, ReviewFigures, TemplateSection } from '../../../common/contract';
import { DIRECTION_INFO, type Direction, LEVEL_INFO, levelRank, OWNERSHIP_LEVELS } from '../../../common/vocabulary';
import { bold, bulletList, entryLink, link, listItem, paragraph, text } from './doc';
import { byStrength, type Citations, entryName } from './entry-item';
import { count, formatDay, formatRange, levelLabel, listNames } from './format';
import { levelLink, periodQuery, timelineLink } from './links';
import type { ReviewData, ReviewEntry } from './load';

/** People above and beside the manager: the audience a promotion is decided by. */
const BEYOND_MANAGER: readonly Direction[] = ['skip-level', 'diagonal-up', 'sideways', 'outside'];

/** Entries told per level when the section sets no limit. */
const PER_LEVEL = 3;

function named(e: ReviewEntry): string {
  return entryName(e).replace(/[.!?…]+$/, '');
}

/** "<A> (cut p95 by 40%), <B> and <C>", each linked; entries told elsewhere are named all the same. */
function namesWithImpact(entries: ReviewEntry[]): (DocNode | null)[] {
  const out: (DocNode | null)[] = [];
  entries.forEach((e, i) => {
    if (i > 0) out.push(text(i === entries.length - 1 ? ' and ' : ', '));
    out.push(entryLink(named(e), e.id));
    if (e.impact) out.push(text(` (${e.impact.replace(/[.\s]+$/, '')})`));
  });
  return out;
}

export function promotionCaseSection(section: TemplateSection, data: ReviewData, f: ReviewFigures, cited: Citations): DocNode[] {
  const rated = data.entries.filter((e) => e.level !== null);
  if (rated.length === 0 || !f.highestLevel) return [];
  const strongest = byStrength(data);
  const blocks: DocNode[] = [];

  // The claim: how far the scope reached.
  const top = [...data.entries].filter((e) => e.level === f.highestLevel).sort(strongest)[0]!;
  blocks.push(
    paragraph(
      text(`In ${formatRange(data.period)} my widest scope was `),
      bold(`${levelLabel(f.highestLevel)}`),
      text(' level, with '),
      entryLink(named(top), top.id),
      text(` (${formatDay(top.occurredOn)}). `),
      link(count(f.projectLevelEntries, 'entry', 'entries'), levelLink(data, 'project')),
      text(` of ${f.entries} were at the Project level or above.`),
    ),
  );

  // What was owned at each level, from the top; the strongest entries are told here.
  const limit = section.limit ?? PER_LEVEL;
  const owned = [...OWNERSHIP_LEVELS].reverse().flatMap((level) => {
    if (levelRank(level) < LEVEL_INFO.milestone.rank) return [];
    const at = data.entries.filter((e) => e.level === level).sort(strongest);
    if (at.length === 0) return [];
    const told = at.filter((e) => cited.toldIn(e.id) === undefined).slice(0, limit);
    cited.tell(told, section.title);
    const shown = told.length > 0 ? told : at.slice(0, 1);
    const rest = at.length - shown.length;
    return [
      listItem(
        paragraph(
          bold(`${LEVEL_INFO[level].label}: `),
          ...namesWithImpact(shown),
          text(rest > 0 ? ', and ' : '.'),
          rest > 0 ? link(count(rest, 'more entry', 'more entries'), timelineLink(periodQuery(data, { levels: [level] }))) : null,
          text(rest > 0 ? '.' : ''),
        ),
      ),
    ];
  });
  if (owned.length > 0) blocks.push(paragraph(text('What I owned, by level:')), bulletList(owned));

  // Who beyond the manager has seen it.
  const seenBeyond = BEYOND_MANAGER.flatMap((d) => {
    const people = [...data.people.values()].filter(
      (p) => p.direction === d && data.entries.some((e) => e.seenBy.includes(p.id)),
    );
    if (people.length === 0) return [];
    const inline: (DocNode | null)[] = [bold(`${DIRECTION_INFO[d].label}: `)];
    people.forEach((p, i) => {
      const n = data.entries.filter((e) => e.seenBy.includes(p.id)).length;
      if (i > 0) inline.push(text('; '));
      inline.push(text(`${p.name}${p.keyDecider ? ' (key decider)' : ''}, `));
      inline.push(link(count(n, 'entry', 'entries'), timelineLink(periodQuery(data, { person: p.id }))));
    });
    inline.push(text('.'));
    return [listItem(paragraph(...inline))];
  });
  if (seenBeyond.length > 0) blocks.push(paragraph(text('Who beyond my manager has seen it:')), bulletList(seenBeyond));

  // What is missing.
  const missing: string[] = [];
  const higher = OWNERSHIP_LEVELS.filter((l) => levelRank(l) > levelRank(f.highestLevel));
  if (higher.length > 0) missing.push(`No work yet at the ${listNames(higher.map((l) => LEVEL_INFO[l].label), Infinity, 'or')} level.`);
  const silentDirections = BEYOND_MANAGER.filter(
    (d) => d !== 'outside' && !data.entries.some((e) => e.seenBy.some((id) => data.people.get(id)?.direction === d)),
  );
  if (silentDirections.length > 0) {
    missing.push(`Nobody ${listNames(silentDirections.map((d) => DIRECTION_INFO[d].label.toLowerCase()), Infinity, 'or')} has seen this work.`);
  }
  if (f.gaps.length > 0) missing.push(`Key deciders who saw none of it: ${listNames(f.gaps.map((g) => g.name), 5)}.`);
  for (const q of f.quiet) {
    missing.push(`${formatRange({ from: q.from, to: q.to })} has ${count(q.entries, 'entry', 'entries')}: the record of that time is thin.`);
  }
  if (missing.length > 0) {
    blocks.push(paragraph(text('What is missing:')), bulletList(missing.map((m) => listItem(paragraph(text(m))))));
  }
  return blocks;
}
