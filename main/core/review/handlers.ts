/** The `reviews` operations of the contract: templates, periods, drafts, saved reviews and export. */
import type { DocNode, ExportFormat, Handlers, ParsedReviewSettings, ReviewDraft, ReviewExport, ReviewSettings } from '../../../common/contract';
import type { Ctx } from '../api';
import { localDay } from '../clock';
import { CoreError, invalid } from '../errors';
import { withEvidence } from './export-evidence';
import { toMarkdown } from '../doc-format/markdown';
import { exportFilename } from '../doc-format/shared';
import { toHtml } from './export-html';
import { formatRange } from './format';
import { generateDraft } from './generate';
import { loadReviewData } from './load';
import { periodFor, periodOptions, previousPeriod } from './periods';
import { cyclePeriod } from '../schedule/cycle';
import { readSettings } from '../settings/store';
import { deleteReview, insertReview, lastReviewEnd, listReviews, readReview, storeEdits, storeGenerated } from './store';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate } from './template-store';

type H = Handlers<Ctx>['reviews'];

/** Resolves validated settings against the journal: the template, the period's dates and the filters. */
function resolveSettings(ctx: Ctx, input: ParsedReviewSettings, reviewId: string | null = null): ReviewSettings {
  const { db, clock } = ctx;
  const template = getTemplate(db, input.templateId);
  const cycle = input.period.cycleStartMonth ?? 1;
  const today = input.today ?? localDay(clock);
  const period = periodFor(input.period.preset, today, {
    lastReviewEnd: lastReviewEnd(db, reviewId),
    reviewCycle: cyclePeriod(readSettings(db).reviewCycle, today),
    ...(input.period.from ? { customFrom: input.period.from } : {}),
    ...(input.period.to ? { customTo: input.period.to } : {}),
    cycle,
  });
  const goalIds = [...new Set(input.filters?.goalIds ?? [])];
  if (goalIds.length > 0) {
    const known = new Set(
      db.prepare('SELECT id FROM goals WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(goalIds)) as string[],
    );
    const missing = goalIds.find((id) => !known.has(id));
    if (missing) throw invalid(`No goal with id ${missing}`, 'filters.goalIds');
  }
  return {
    templateId: template.id,
    templateName: template.name,
    sections: input.sections ?? template.sections,
    preset: input.period.preset,
    period,
    cycleStartMonth: cycle,
    filters: {
      goalIds,
      tags: [...new Set(input.filters?.tags ?? [])],
      minLevel: input.filters?.minLevel ?? null,
      starredOnly: input.filters?.starredOnly ?? false,
    },
  };
}

function draft(ctx: Ctx, settings: ReviewSettings): ReviewDraft {
  const previous = previousPeriod(settings.period);
  const data = loadReviewData(ctx.db, settings.period, previous, settings.filters);
  const { document, figures } = generateDraft(data, settings);
  return { period: settings.period, previousPeriod: previous, settings, document, figures };
}

function revisionConflict(given: number, current: number): CoreError {
  return new CoreError(
    'conflict',
    `This review was changed elsewhere (you edited revision ${given}, it is now at ${current}). Reload it before saving.`,
  );
}

export const reviewHandlers: H = {
  templates(ctx) {
    return listTemplates(ctx.db);
  },

  saveTemplate(ctx, input) {
    return saveTemplate(ctx.db, ctx.clock, {
      id: input.id,
      name: input.name!,
      description: input.description ?? null,
      sections: input.sections,
    });
  },

  deleteTemplate(ctx, input) {
    deleteTemplate(ctx.db, input.id);
    return { deleted: true };
  },

  periods(ctx, input) {
    const today = input.today ?? localDay(ctx.clock);
    return periodOptions(today, {
      lastReviewEnd: lastReviewEnd(ctx.db),
      reviewCycle: cyclePeriod(readSettings(ctx.db).reviewCycle, today),
      cycle: input.cycleStartMonth ?? 1,
    });
  },

  preview(ctx, input) {
    return draft(ctx, resolveSettings(ctx, input));
  },

  create(ctx, input) {
    const { title, ...settingsInput } = input;
    const result = draft(ctx, resolveSettings(ctx, settingsInput));
    const name = title ?? `${result.settings.templateName} · ${formatRange(result.period)}`.slice(0, 200);
    return insertReview(ctx.db, ctx.clock, name, result.settings, result.document);
  },

  list(ctx) {
    return listReviews(ctx.db);
  },

  get(ctx, input) {
    return readReview(ctx.db, input.id);
  },

  update(ctx, input) {
    const review = readReview(ctx.db, input.id);
    if (review.revision !== input.revision) throw revisionConflict(input.revision, review.revision);
    return storeEdits(ctx.db, ctx.clock, review, input.title ?? undefined, input.document);
  },

  regenerate(ctx, input) {
    const review = readReview(ctx.db, input.id);
    if (input.revision !== undefined && review.revision !== input.revision) {
      throw revisionConflict(input.revision, review.revision);
    }
    if (review.edited && !input.replaceEdits) {
      throw new CoreError(
        'conflict',
        'You have edited this review since it was generated: generating it again would replace your edits. Confirm to replace them.',
        'replaceEdits',
      );
    }
    const settings = input.settings ? resolveSettings(ctx, input.settings, review.id) : review.settings;
    return storeGenerated(ctx.db, ctx.clock, review.id, settings, draft(ctx, settings).document);
  },

  delete(ctx, input) {
    deleteReview(ctx.db, input.id);
    return { deleted: true };
  },

  export(ctx, input) {
    const review = readReview(ctx.db, input.id);
    return exportFile(ctx, review.title, review.document, input.format);
  },

  exportDraft(ctx, input) {
    const { title, format, ...settingsInput } = input;
    const result = draft(ctx, resolveSettings(ctx, settingsInput));
    const name = title ?? `${result.settings.templateName} · ${formatRange(result.period)}`.slice(0, 200);
    return exportFile(ctx, name, result.document, format);
  },
};

/** A review document as a file: its claims linked to an Evidence appendix inside it. */
function exportFile(ctx: Ctx, title: string, doc: DocNode, format: ExportFormat): ReviewExport {
  const document = withEvidence(ctx.db, doc);
  if (format === 'markdown') {
    return {
      filename: exportFilename(title, 'md'),
      mimeType: 'text/markdown; charset=utf-8',
      content: toMarkdown(title, document),
    };
  }
  return {
    filename: exportFilename(title, 'html'),
    mimeType: 'text/html; charset=utf-8',
    content: toHtml(title, document),
  };
}
