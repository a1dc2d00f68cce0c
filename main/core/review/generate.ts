/**
 * Generates a review draft from loaded data: pure and deterministic (no clock, no locale, no
 * database), so the same data and settings always give the same document.
 *
 * The document: an italic line with the period and any filters, then one level-2 heading
 * per enabled section that has something to say, in the template's order. Sections with
 * nothing to show are left out; with no entries at all, a single sentence says so.
 */
import type { DocNode, ReviewFigures, ReviewSettings, SectionKind, TemplateSection } from '../../../common/contract';
import { doc, heading, italic, paragraph, text } from './doc';
import { bySignificance, Citations } from './entry-item';
import { computeFigures } from './figures';
import { compareNames, formatRange, levelName, listNames } from './format';
import type { ReviewData } from './load';
import { byGoalSection, byTagSection, entriesSection } from './sections-lists';
import { promotionCaseSection } from './sections-case';
import { praiseSection } from './sections-praise';
import { themesSection } from './sections-themes';
import { highlightsSection, scopeGrowthSection, summarySection, visibilitySection } from './sections-overview';

type SectionBuilder = (section: TemplateSection, data: ReviewData, figures: ReviewFigures, cited: Citations) => DocNode[];

const BUILDERS: Record<SectionKind, SectionBuilder> = {
  summary: summarySection,
  highlights: highlightsSection,
  scopeGrowth: scopeGrowthSection,
  byGoal: byGoalSection,
  byTag: byTagSection,
  visibility: visibilitySection,
  entries: entriesSection,
  praise: praiseSection,
  promotionCase: promotionCaseSection,
  themes: themesSection,
};

export interface Draft {
  document: DocNode;
  figures: ReviewFigures;
}

/** "Only starred entries at ▲ Project or above, tagged a or b, linked to X" — empty without filters. */
function describeFilters(settings: ReviewSettings, data: ReviewData): string {
  const f = settings.filters;
  const parts: string[] = [];
  if (f.minLevel) parts.push(`at ${levelName(f.minLevel)} or above`);
  if (f.tags.length > 0) parts.push(`tagged ${listNames(f.tags.map((t) => `#${t}`), Infinity, 'or')}`);
  if (f.goalIds.length > 0) {
    const names = f.goalIds.map((id) => data.goals.get(id) ?? 'a deleted goal').sort(compareNames);
    parts.push(`linked to ${listNames(names, Infinity, 'or')}`);
  }
  if (!f.starredOnly && parts.length === 0) return '';
  return `Only ${f.starredOnly ? 'starred ' : ''}entries${parts.length > 0 ? ` ${parts.join(', ')}` : ''}.`;
}

/** The draft for `data` laid out by the sections of `settings`. */
export function generateDraft(loaded: ReviewData, settings: ReviewSettings): Draft {
  // Sorted once, most significant first: every section filters or groups this list and keeps its order.
  const data: ReviewData = { ...loaded, entries: [...loaded.entries].sort(bySignificance) };
  const figures = computeFigures(data);
  const filters = describeFilters(settings, data);
  const blocks: DocNode[] = [paragraph(italic(`${formatRange(data.period)}.${filters ? ` ${filters}` : ''}`))];
  // An entry is told in full by the first section that takes it; later ones only name it.
  const cited = new Citations();
  let sections = 0;
  for (const section of settings.sections) {
    if (!section.enabled) continue;
    // A kind this version does not know (a journal written by a newer one) is skipped, not fatal.
    const build = BUILDERS[section.kind] as SectionBuilder | undefined;
    if (!build) continue;
    const content = build(section, data, figures, cited);
    if (content.length === 0) continue;
    blocks.push(heading(2, section.title), ...content);
    sections++;
  }
  if (sections === 0) {
    blocks.push(
      paragraph(
        text(
          figures.entries === 0
            ? 'No entries match this period and these filters.'
            : 'None of the sections of this template has anything to show for these entries.',
        ),
      ),
    );
  }
  return { document: doc(blocks), figures };
}
