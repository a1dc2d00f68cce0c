/**
 * Sections that sum the period up: summary, highlights, scope growth and visibility.
 * Each returns the section's blocks, or [] when it has nothing to say (the section is then left out).
 */
import type { DocNode, ReviewFigures, TemplateSection } from '../../../common/contract';
import { DIRECTION_INFO, type Direction, LEVEL_INFO, levelRank, OWNERSHIP_LEVELS, type OwnershipLevel } from '../../../common/vocabulary';
import { bold, bulletList, italic, link, listItem, paragraph, text } from './doc';
import { byStrength, type Citations, measured, tellEntries } from './entry-item';
import { mostChangedLevel } from './figures';
import { compareNames, count, formatRange, levelLabel } from './format';
import { levelLink, periodQuery, timelineLink } from './links';
import type { ReviewData, ReviewEntry } from './load';

type Section = (section: TemplateSection, data: ReviewData, figures: ReviewFigures, cited: Citations) => DocNode[];

/** The order directions are shown in: the people above first, then around, below and outside. */
export const VISIBILITY_ORDER: readonly Direction[] = ['up', 'diagonal-up', 'skip-level', 'sideways', 'down', 'outside'];

function item(...inline: (DocNode | null)[]): DocNode {
  return listItem(paragraph(...inline));
}

/** Entries, days, goals, project-level work, people reached and the highest level: each figure links to the entries it counts. */
export const summarySection: Section = (_section, data, f) => {
  if (f.entries === 0) return [];
  const goals = [...new Set(data.entries.map((e) => e.goalId).filter((g) => g !== null))]
    .map((id) => ({ id, name: data.goals.get(id) ?? 'Unknown goal' }))
    .sort((a, b) => compareNames(a.name, b.name));
  const directions = VISIBILITY_ORDER.filter((d) =>
    data.entries.some((e) => e.seenBy.some((id) => data.people.get(id)?.direction === d)),
  );
  const all = timelineLink(periodQuery(data));
  const items = [
    item(
      link(count(f.entries, 'entry', 'entries'), all),
      text(` on ${count(f.daysJournaled, 'day')} journaled, ${formatRange(data.period)}`),
      ...(f.starred > 0 ? [text('; '), link(`${f.starred} starred`, timelineLink(periodQuery(data, { starred: true })))] : []),
      text('.'),
    ),
  ];
  if (goals.length === 0) items.push(item(text('No entry was linked to a goal.')));
  else {
    const shown = goals.slice(0, 5);
    const inline: (DocNode | null)[] = [text(`${count(goals.length, 'goal')} touched: `)];
    shown.forEach((g, i) => {
      if (i > 0) inline.push(text(i === shown.length - 1 && goals.length <= 5 ? ' and ' : ', '));
      inline.push(link(g.name, timelineLink(periodQuery(data, { goal: g.id }))));
    });
    inline.push(text(goals.length > 5 ? ` and ${goals.length - 5} more.` : '.'));
    items.push(item(...inline));
  }
  items.push(
    item(
      f.projectLevelEntries > 0
        ? link(count(f.projectLevelEntries, 'entry', 'entries'), levelLink(data, 'project'))
        : text('No entries'),
      text(' at the Project level or above.'),
    ),
  );
  items.push(
    item(
      text(
        f.peopleReached === 0
          ? 'Nobody in your map is recorded as having seen this work.'
          : `${count(f.peopleReached, 'person', 'people')} saw the work (${directions
              .map((d) => DIRECTION_INFO[d].label.toLowerCase())
              .join(', ')}).`,
      ),
    ),
  );
  if (f.highestLevel) {
    const n = f.levels.current.counts[f.highestLevel];
    items.push(
      item(
        text('Highest ownership level reached: '),
        bold(levelLabel(f.highestLevel)),
        text(', in '),
        link(count(n, 'entry', 'entries'), timelineLink(periodQuery(data, { levels: [f.highestLevel] }))),
        text('.'),
      ),
    );
  }
  return [bulletList(items)];
};

/**
 * Whether an entry may stand among the highlights: Project level or above, or a Milestone
 * that is starred or has a measured impact. Task-level and unrated work never pads the list.
 */
export function highlightWorthy(e: ReviewEntry): boolean {
  const rank = levelRank(e.level);
  return rank >= LEVEL_INFO.project.rank || (rank === LEVEL_INFO.milestone.rank && (e.starred || measured(e.impact)));
}

/** The strongest entries (level, star, measured impact, key deciders who saw them), never padded. */
export const highlightsSection: Section = (section, data, _f, cited) => {
  const worthy = data.entries.filter(highlightWorthy).sort(byStrength(data));
  if (worthy.length === 0) return [];
  const limit = section.limit ?? 10;
  const told = tellEntries(worthy.slice(0, limit), limit, data, cited, section.title);
  const out: DocNode[] = [];
  if (told.items.length > 0) out.push(bulletList(told.items));
  if (told.refer) out.push(told.refer);
  return out;
};

/** "Project-level work rose from 12% to 31%": how each level is named in a sentence. */
const LEVEL_PHRASE: Record<OwnershipLevel, string> = {
  task: 'Task-level work',
  milestone: 'Milestone-level work',
  project: 'Project-level work',
  value: 'Product-value work',
  leverage: 'Business-leverage work',
};

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
 * The level mix now and in the previous period of the same length: one sentence on what moved,
 * then one line per level with its share, the count linked to those entries in the timeline.
 */
export const scopeGrowthSection: Section = (_section, data, f) => {
  const { current, previous } = f.levels;
  if (current.total === 0) return [];
  const compare = previous.total > 0;
  const rows = [...OWNERSHIP_LEVELS].reverse().flatMap((l) => {
    if (current.counts[l] === 0 && (!compare || previous.counts[l] === 0)) return [];
    return [
      item(
        text(`${LEVEL_INFO[l].label}: ${current.percents[l]}% (`),
        current.counts[l] > 0
          ? link(count(current.counts[l], 'entry', 'entries'), timelineLink(periodQuery(data, { levels: [l] })))
          : text('no entries'),
        text(compare ? `), was ${previous.percents[l]}%.` : ').'),
      ),
    ];
  });
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
    const who = viewers.flatMap((p, i) => {
      const s = seen.get(p.id)!;
      const level = OWNERSHIP_LEVELS.find((l) => LEVEL_INFO[l].rank === s.rank) ?? null;
      return [
        text(i === 0 ? ': ' : '; '),
        text(`${p.name} (`),
        link(count(s.n, 'entry', 'entries'), timelineLink(periodQuery(data, { person: p.id }))),
        text(level ? `, up to ${levelLabel(level)})` : ')'),
      ];
    });
    return [item(bold(DIRECTION_INFO[d].label), ...who, text('.'))];
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
