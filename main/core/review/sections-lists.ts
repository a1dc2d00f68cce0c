/**
 * Sections that list entries: by goal, by tag, and the rule-based lists (projects,
 * collaboration, evidence for the next level, design & documentation, …). Each returns the
 * section's blocks, or [] when no entry belongs (the section is then left out).
 */
import type { DocNode, ReviewFigures, SectionRule, TemplateSection } from '../../../common/contract';
import { levelRank, levelsAtLeast } from '../../../common/vocabulary';
import { bold, bulletList, link, listItem, paragraph, text } from './doc';
import { type Citations, tellEntries } from './entry-item';
import { highestLevel } from './figures';
import { compareNames, count, levelLabel } from './format';
import { periodQuery, timelineLink } from './links';
import type { ReviewData, ReviewEntry } from './load';

type Section = (section: TemplateSection, data: ReviewData, figures: ReviewFigures, cited: Citations) => DocNode[];

function present(nodes: (DocNode | null)[]): DocNode[] {
  return nodes.filter((n): n is DocNode => n !== null);
}

/** Entries listed when a section sets no limit. */
const DEFAULT_LIMIT = { byGoal: 5, byTag: 3, entries: 25 } as const;

interface Group {
  name: string;
  entries: ReviewEntry[];
  /** The timeline showing the group's entries of the period. */
  href: string;
}

/** One item per group: "<name>: 5 entries, up to Project.", the count linked, its entries told below. */
function groupList(groups: Group[], limit: number, data: ReviewData, cited: Citations, title: string): DocNode[] {
  if (groups.length === 0) return [];
  groups.sort((a, b) => b.entries.length - a.entries.length || compareNames(a.name, b.name));
  return [
    bulletList(
      groups.map((g) => {
        const top = highestLevel(g.entries);
        const told = tellEntries(g.entries, limit, data, cited, title, { moreHref: g.href });
        return listItem(
          ...present([
            paragraph(
              bold(g.name),
              text(': '),
              link(count(g.entries.length, 'entry', 'entries'), g.href),
              text(top ? `, up to ${levelLabel(top)} level.` : '.'),
            ),
            told.items.length > 0 ? bulletList(told.items) : null,
            told.refer,
            told.more,
          ]),
        );
      }),
    ),
  ];
}

/** Work grouped by goal, the goals with most entries first. Entries without a goal are not listed here. */
export const byGoalSection: Section = (section, data, _f, cited) => {
  const groups = new Map<string, Group>();
  for (const e of data.entries) {
    if (e.goalId === null) continue;
    const g = groups.get(e.goalId) ?? {
      name: data.goals.get(e.goalId) ?? 'Unknown goal',
      entries: [],
      href: timelineLink(periodQuery(data, { goal: e.goalId })),
    };
    g.entries.push(e);
    groups.set(e.goalId, g);
  }
  return groupList([...groups.values()], section.limit ?? DEFAULT_LIMIT.byGoal, data, cited, section.title);
};

/** Work grouped by tag, the most used tags first. */
export const byTagSection: Section = (section, data, _f, cited) => {
  const groups = new Map<string, Group>();
  for (const e of data.entries) {
    for (const tag of e.tags) {
      const g = groups.get(tag) ?? { name: `#${tag}`, entries: [], href: timelineLink(periodQuery(data, { tags: [tag] })) };
      g.entries.push(e);
      groups.set(tag, g);
    }
  }
  return groupList([...groups.values()], section.limit ?? DEFAULT_LIMIT.byTag, data, cited, section.title);
};

/**
 * Whether an entry belongs to a rule: at `minLevel` or above (when set) and, when tags or
 * directions are given, carrying any of the tags or seen by someone in any of the directions.
 */
export function matchesRule(entry: ReviewEntry, rule: SectionRule, data: ReviewData): boolean {
  if (rule.minLevel && levelRank(entry.level) < levelRank(rule.minLevel)) return false;
  if (rule.tags.length === 0 && rule.directions.length === 0) return true;
  if (entry.tags.some((t) => rule.tags.includes(t))) return true;
  return entry.seenBy.some((id) => {
    const person = data.people.get(id);
    return person !== undefined && rule.directions.includes(person.direction);
  });
}

/** The entries matching the section's rule, most significant first; says who saw them when the rule names directions. */
export const entriesSection: Section = (section, data, _f, cited) => {
  const rule = section.rule ?? { tags: [], directions: [], minLevel: null };
  const matching = data.entries.filter((e) => matchesRule(e, rule, data));
  if (matching.length === 0) return [];
  // The timeline can show a level rule, or a single tag; a rule on directions it cannot.
  const plain = rule.directions.length === 0 && rule.tags.length <= 1;
  const moreHref = plain
    ? timelineLink(
        periodQuery(data, {
          ...(rule.minLevel ? { levels: levelsAtLeast(rule.minLevel) } : {}),
          ...(rule.tags.length === 1 ? { tags: rule.tags } : {}),
        }),
      )
    : undefined;
  const told = tellEntries(matching, section.limit ?? DEFAULT_LIMIT.entries, data, cited, section.title, {
    ...(rule.directions.length > 0 ? { viewersIn: rule.directions } : {}),
    ...(moreHref ? { moreHref } : {}),
  });
  if (told.items.length === 0) {
    const refer = told.refer && paragraph(...(told.refer.content ?? []));
    return present([refer, told.more]);
  }
  return present([bulletList(told.items), told.refer, told.more]);
};
