/**
 * The built-in review templates. Each section says in its `description` which entries it
 * takes; the tag lists of the brag document's sections are part of the definitions, so the
 * user sees them and can change them in a template of their own.
 */
import type { ReviewTemplate, SectionRule, TemplateSection } from '../../../common/contract';

/** Tags that mark design and documentation work. */
const DESIGN_TAGS = ['design', 'docs', 'documentation', 'rfc', 'adr', 'writing', 'spec', 'architecture', 'diagram'];
/** Tags that mark learning. */
const LEARNING_TAGS = ['learning', 'course', 'talk', 'book', 'reading', 'conference', 'training', 'certification', 'workshop'];
/** Tags that mark work beyond the role: hiring, community, open source, speaking, volunteering. */
const OUTSIDE_TAGS = [
  'outside',
  'community',
  'hiring',
  'interview',
  'interviewing',
  'recruiting',
  'open-source',
  'meetup',
  'speaking',
  'volunteering',
];

function section(
  id: string,
  kind: TemplateSection['kind'],
  title: string,
  description: string,
  extra: { limit?: number; rule?: Partial<SectionRule> } = {},
): TemplateSection {
  return {
    id,
    kind,
    title,
    enabled: true,
    limit: extra.limit ?? null,
    rule: kind === 'entries' ? { tags: [], directions: [], minLevel: null, ...extra.rule } : null,
    description,
  };
}

const S = {
  summary: () =>
    section(
      'summary',
      'summary',
      'Summary',
      'How many entries and days you journaled, the goals and project-level work they touched, how many people saw the work and the highest ownership level reached.',
    ),
  highlights: () =>
    section('highlights', 'highlights', 'Highlights', 'The strongest entries: ownership level first, then a star, an impact with a number and the key deciders who saw it. Never Task-level work.', {
      limit: 10,
    }),
  scopeGrowth: () =>
    section(
      'scope-growth',
      'scopeGrowth',
      'Scope growth',
      'The share of entries at each ownership level in this period versus the previous period of the same length.',
    ),
  byGoal: (title = 'Work by goal') =>
    section('by-goal', 'byGoal', title, 'Entries linked to each goal, the goals with most entries first.', { limit: 5 }),
  byTag: () => section('by-tag', 'byTag', 'Work by tag', 'Entries carrying each tag, the most used tags first.', { limit: 3 }),
  visibility: () =>
    section(
      'visibility',
      'visibility',
      'Visibility',
      'Who saw the work, grouped by direction, and the key deciders who saw none of it in this period.',
    ),
  collaboration: (title = 'Collaboration and mentoring') =>
    section('collaboration', 'entries', title, 'Entries seen by your peers (sideways) or by people who report to you (down).', {
      rule: { directions: ['sideways', 'down'] },
    }),
  praise: () =>
    section(
      'praise',
      'praise',
      'Praise and feedback',
      'Praise and feedback received in this period (by the day it was received), newest first: the words, who said them, when and where, and the entry they are about. When the review is limited to goals, tags, a level or starred entries, praise about an entry is kept only if that entry passes those filters; praise about no particular entry is always kept.',
      { limit: 25 },
    ),
  promotionCase: () =>
    section(
      'promotion-case',
      'promotionCase',
      'The case for the next level',
      'An argument for the next level: the widest scope reached, what you owned at each level (the strongest entries), who above and beside your manager has seen it, and what is missing.',
    ),
  themes: () =>
    section(
      'areas-of-focus',
      'themes',
      'Areas of focus',
      'The entries grouped into a handful of themes by their words and tags, each named by its top terms, with its widest level and strongest entries.',
      { limit: 3 },
    ),
  nextLevel: () =>
    section('next-level', 'entries', 'Evidence for the next level', 'Entries at the Product value or Business leverage level.', {
      rule: { minLevel: 'value' },
    }),
  projects: () =>
    section('projects', 'entries', 'Projects', 'Entries at the Project level or above.', { rule: { minLevel: 'project' } }),
  designDocs: () =>
    section('design-docs', 'entries', 'Design & documentation', `Entries tagged ${DESIGN_TAGS.join(', ')}.`, {
      rule: { tags: DESIGN_TAGS },
    }),
  learning: () =>
    section('learning', 'entries', 'Learning', `Entries tagged ${LEARNING_TAGS.join(', ')}.`, { rule: { tags: LEARNING_TAGS } }),
  outsideRole: () =>
    section(
      'outside-role',
      'entries',
      'Beyond the role',
      // Work outside the job itself, by what it was; never by who saw it (a customer demo is the role).
      `Work beyond your role: entries tagged ${OUTSIDE_TAGS.join(', ')}.`,
      { rule: { tags: OUTSIDE_TAGS } },
    ),
};

function builtIn(id: string, name: string, description: string, sections: TemplateSection[]): ReviewTemplate {
  return { id, name, description, builtIn: true, sections, createdAt: null, updatedAt: null };
}

/** The built-in templates, freshly made (callers may change what they get). */
export function builtInTemplates(): ReviewTemplate[] {
  return [
    builtIn('brag-document', 'Brag document', 'Everything you did, by theme: a record to draw on in any review.', [
      S.byGoal('Goals'),
      S.projects(),
      S.collaboration('Collaboration & mentorship'),
      S.designDocs(),
      S.learning(),
      S.outsideRole(),
      S.praise(),
      S.themes(),
    ]),
    builtIn(
      'self-review',
      'Self-review: ownership and visibility',
      'A self-review draft: what you achieved, how your scope grew and who saw it.',
      [
        S.summary(),
        S.highlights(),
        S.scopeGrowth(),
        S.byGoal(),
        S.byTag(),
        S.visibility(),
        S.praise(),
        S.collaboration(),
        S.nextLevel(),
      ],
    ),
    builtIn('promotion-case', 'Promotion case', 'The case for the next level: scope, impact and the people who saw it.', [
      S.summary(),
      S.promotionCase(),
      S.nextLevel(),
      S.scopeGrowth(),
      S.highlights(),
      S.projects(),
      S.visibility(),
      S.praise(),
      S.collaboration(),
      S.byGoal(),
    ]),
  ];
}
