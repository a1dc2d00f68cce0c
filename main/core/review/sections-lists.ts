/**
 * Sections that list entries: by goal, by tag, and the rule-based lists (projects,
 * collaboration, evidence for the next level, design & documentation, …). Each returns the
 * section's blocks, or [] when no entry belongs (the section is then left out).
 */
import type { DocNode, SectionRule, TemplateSection } from '../../../common/contract';
import { levelRank } from '../../../common/vocabulary';
import { bold, bulletList, listItem, paragraph, text } from './doc';
import { topItems } from './entry-item';
import { highestLevel } from './figures';
import { compareNames, count, levelName } from './format';
import type { ReviewData, ReviewEntry } from './load';

type Section = (section: TemplateSection, data: ReviewData) => DocNode[];

/** Entries listed when a section sets no limit. */
const DEFAULT_LIMIT = { byGoal: 5, byTag: 3, entries: 25 } as const;

interface Group {
  name: string;
  entries: ReviewEntry[];
}

/** One item per group: "<name> — 5 entries, up to ▲ Project", with its top entries nested below. */
function groupList(groups: Group[], limit: number, data: ReviewData): DocNode[] {
  if (groups.length === 0) return [];
  groups.sort((a, b) => b.entries.length - a.entries.length || compareNames(a.name, b.name));
  return [
    bulletList(
      groups.map((g) => {
        const top = highestLevel(g.entries);
        return listItem(
          paragraph(
            bold(g.name),
            text(` — ${count(g.entries.length, 'entry', 'entries')}${top ? `, up to ${levelName(top)}` : ''}`),
          ),
          bulletList(topItems(g.entries, limit, data)),
        );
      }),
    ),
  ];
}

/** Work grouped by goal, the goals with most entries first. Entries without a goal are not listed here. */
export const byGoalSection: Section = (section, data) => {
  const groups = new Map<string, Group>();
  for (const e of data.entries) {
    if (e.goalId === null) continue;
    const g = groups.get(e.goalId) ?? { name: data.goals.get(e.goalId) ?? 'Unknown goal', entries: [] };
    g.entries.push(e);
    groups.set(e.goalId, g);
  }
  return groupList([...groups.values()], section.limit ?? DEFAULT_LIMIT.byGoal, data);
};

/** Work grouped by tag, the most used tags first. */
export const byTagSection: Section = (section, data) => {
  const groups = new Map<string, Group>();
  for (const e of data.entries) {
    for (const tag of e.tags) {
      const g = groups.get(tag) ?? { name: `#${tag}`, entries: [] };
      g.entries.push(e);
      groups.set(tag, g);
    }
  }
  return groupList([...groups.values()], section.limit ?? DEFAULT_LIMIT.byTag, data);
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
export const entriesSection: Section = (section, data) => {
  const rule = section.rule ?? { tags: [], directions: [], minLevel: null };
  const matching = data.entries.filter((e) => matchesRule(e, rule, data));
  if (matching.length === 0) return [];
  const options = rule.directions.length > 0 ? { viewersIn: rule.directions } : {};
  return [bulletList(topItems(matching, section.limit ?? DEFAULT_LIMIT.entries, data, options))];
};
