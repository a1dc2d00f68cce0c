/**
 * Sections that sum the period up: summary, highlights, scope growth and visibility.
 * Each returns the section's blocks, or [] when it has nothing to say (the section is then left out).
 */
import type { DocNode, ReviewFigures, TemplateSection } from '../../../common/contract';
import { DIRECTION_INFO, type Direction, LEVEL_INFO, levelRank, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import { bold, bulletList, italic, listItem, paragraph, text } from './doc';
import { topItems } from './entry-item';
import { mostChangedLevel } from './figures';
import { compareNames, count, formatRange, levelName, listNames } from './format';
import type { ReviewData } from './load';

type Section = (section: TemplateSection, data: ReviewData, figures: ReviewFigures) => DocNode[];

/** The order directions are shown in: the people above first, then around, below and outside. */
export const VISIBILITY_ORDER: readonly Direction[] = ['up', 'diagonal-up', 'skip-level', 'sideways', 'down', 'outside'];

function item(...inline: (DocNode | null)[]): DocNode {
  return listItem(paragraph(...inline));
}

/** Entries, days, goals, project-level work, people reached and the highest level. */
export const summarySection: Section = (_section, data, f) => {
  if (f.entries === 0) return [];
  const goalNames = [...new Set(data.entries.map((e) => e.goalId).filter((g) => g !== null))]
    .map((id) => data.goals.get(id) ?? 'Unknown goal')
    .sort(compareNames);
  const directions = VISIBILITY_ORDER.filter((d) =>
    data.entries.some((e) => e.seenBy.some((id) => data.people.get(id)?.direction === d)),
  );
  const items = [
    item(
      text(
        `${count(f.entries, 'entry', 'entries')} on ${count(f.daysJournaled, 'day')} journaled, ${formatRange(data.period)}` +
          (f.starred > 0 ? `; ${f.starred} starred.` : '.'),
      ),
    ),
    item(
      text(
        f.goalsTouched === 0
          ? 'No entry was linked to a goal.'
          : `${count(f.goalsTouched, 'goal')} touched: ${listNames(goalNames, 5)}.`,
      ),
    ),
    item(text(`${count(f.projectLevelEntries, 'entry', 'entries')} at the Project level or above.`)),
    item(
      text(
        f.peopleReached === 0
          ? 'Nobody in your map is recorded as having seen this work.'
          : `${count(f.peopleReached, 'person', 'people')} saw the work (${directions
              .map((d) => DIRECTION_INFO[d].label.toLowerCase())
              .join(', ')}).`,
      ),
    ),
  ];
  if (f.highestLevel) {
    const n = f.levels.current.counts[f.highestLevel];
    items.push(item(text('Highest ownership level reached: '), bold(levelName(f.highestLevel)), text(` (${count(n, 'entry', 'entries')}).`)));
  }
  return [bulletList(items)];
};

/** Starred entries first, then the highest levels, each with its impact and date. */
export const highlightsSection: Section = (section, data) => {
  if (data.entries.length === 0) return [];
  return [bulletList(topItems(data.entries, section.limit ?? 10, data))];
};

/** "Project-level work rose from 12% to 31%": how each level is named in a sentence. */
const LEVEL_PHRASE: Record<OwnershipLevel, string> = {
  task: 'Task-level work',
  milestone: 'Milestone-level work',
  project: 'Project-level work',
  value: 'Product-value work',
  leverage: 'Business-leverage work',
};

const BAR_CELLS = 20;

/** A text bar: one cell per 5 %. */
function bar(percent: number): string {
  const filled = Math.round((percent * BAR_CELLS) / 100);
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

/** One sentence on how the level mix moved. */
export function scopeSentence(data: ReviewData, f: ReviewFigures): string {
  const { current, previous } = f.levels;
  const since = formatRange(data.previous);
  if (previous.total === 0) return `There are no rated entries in the previous period (${since}) to compare with.`;
  const level = mostChangedLevel(current, previous);
  if (level && current.percents[level] !== previous.percents[level]) {
    const [was, now] = [previous.percents[level], current.percents[level]];
    return `${LEVEL_PHRASE[level]} ${now > was ? 'rose' : 'fell'} from ${was}% to ${now}% of your entries, compared with ${since}.`;
  }
  const top = f.highestLevel ?? 'task';
  return `Your mix of ownership levels held steady compared with ${since}: ${LEVEL_PHRASE[top].toLowerCase()} stayed at ${current.percents[top]}%.`;
}

/**
 * The level mix now and in the previous period of the same length. The "chart" is a bulleted
 * list of text bars ("▲ Project ██████░░… 31% (was 12%)"): a TipTap document cannot safely
 * hold an SVG, a custom node would need an editor extension and a table is not in StarterKit,
 * while plain text bars show in the editor and survive Markdown and HTML export unchanged.
 */
export const scopeGrowthSection: Section = (_section, data, f) => {
  const { current, previous } = f.levels;
  if (current.total === 0) return [];
  const compare = previous.total > 0;
  const rows = [...OWNERSHIP_LEVELS].reverse().map((l) =>
    item(
      text(`${LEVEL_INFO[l].glyph} ${LEVEL_INFO[l].label} ${bar(current.percents[l])} ${current.percents[l]}%`),
      text(compare ? ` (was ${previous.percents[l]}%)` : ''),
    ),
  );
  const unrated = f.entries - current.total;
  const basis =
    `Shares of ${count(current.total, 'rated entry', 'rated entries')}` +
    (compare ? `, against ${previous.total} in ${formatRange(data.previous)}` : '') +
    (unrated > 0 ? `; ${count(unrated, 'entry', 'entries')} without a level not counted.` : '.');
  return [paragraph(text(scopeSentence(data, f))), bulletList(rows), paragraph(italic(basis))];
};

/** Who saw the work, by direction, and the key deciders who saw nothing — said plainly: this is a private draft. */
export const visibilitySection: Section = (_section, data, f) => {
  if (f.entries === 0) return [];
  const seen = new Map<string, { n: number; rank: number }>();
  for (const e of data.entries) {
    for (const id of e.seenBy) {
      const s = seen.get(id) ?? { n: 0, rank: 0 };
      s.n++;
      s.rank = Math.max(s.rank, levelRank(e.level));
      seen.set(id, s);
    }
  }
  const blocks: DocNode[] = [];
  const activePeople = [...data.people.values()].filter((p) => !p.archived);
  if (seen.size === 0 && activePeople.length === 0) return [];

  blocks.push(
    paragraph(
      text(
        seen.size === 0
          ? 'Nobody in your map is recorded as having seen this work.'
          : `${count(seen.size, 'person', 'people')} saw this work.`,
      ),
    ),
  );
  const byDirection = VISIBILITY_ORDER.flatMap((d) => {
    const viewers = [...data.people.values()].filter((p) => p.direction === d && seen.has(p.id));
    if (viewers.length === 0) return [];
    const who = viewers.map((p) => {
      const s = seen.get(p.id)!;
      const level = OWNERSHIP_LEVELS.find((l) => LEVEL_INFO[l].rank === s.rank) ?? null;
      return `${p.name} (${count(s.n, 'entry', 'entries')}${level ? `, up to ${levelName(level)}` : ''})`;
    });
    return [item(bold(DIRECTION_INFO[d].label), text(`: ${who.join('; ')}`))];
  });
  if (byDirection.length > 0) blocks.push(bulletList(byDirection));

  if (f.gaps.length > 0) {
    blocks.push(paragraph(bold('Gaps: '), text('these key deciders saw none of your work in this period.')));
    blocks.push(
      bulletList(
        f.gaps.map((g) => {
          const role = data.people.get(g.id)?.role;
          return item(text(`${g.name} — ${DIRECTION_INFO[g.direction].label}${role ? `, ${role}` : ''}`));
        }),
      ),
    );
  }
  // Directions in the map nobody in which saw anything (unless every one of them is already named as a gap).
  const gapIds = new Set(f.gaps.map((g) => g.id));
  const silent = VISIBILITY_ORDER.flatMap((d) => {
    const inMap = activePeople.filter((p) => p.direction === d);
    if (inMap.length === 0 || inMap.some((p) => data.reachedInPeriod.has(p.id))) return [];
    if (inMap.every((p) => gapIds.has(p.id))) return [];
    return [`${DIRECTION_INFO[d].label} (${count(inMap.length, 'person', 'people')} in your map)`];
  });
  if (silent.length > 0) {
    blocks.push(paragraph(bold('Nobody saw any work from this period in: '), text(`${silent.join(', ')}.`)));
  }
  return blocks;
};
