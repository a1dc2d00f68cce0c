/**
 * What the "New review" form holds, and the settings input the core receives from it.
 * Kept pure so the rules (a custom range needs both days in order, presets take no days,
 * empty filters are left out) are tested without a browser.
 */
import type { PeriodPreset, ReviewSettingsRequest, TemplateSection } from '../../../common/contract';
import type { OwnershipLevel } from '../../../common/vocabulary';

export interface ReviewForm {
  preset: PeriodPreset;
  /** Only for the custom range (YYYY-MM-DD, or '' while not chosen). */
  from: string;
  to: string;
  templateId: string;
  /** The template's sections as the user arranged them. */
  sections: TemplateSection[];
  goalIds: string[];
  tags: string[];
  minLevel: OwnershipLevel | null;
  starredOnly: boolean;
}

/** The settings part of a `reviews:create` / `reviews:preview` input, as the contract declares it. */
export type SettingsInput = ReviewSettingsRequest;

/** A problem a person can fix in the form, or null when it can be generated. */
export function formProblem(form: ReviewForm): string | null {
  if (form.preset === 'custom') {
    if (!form.from || !form.to) return 'Choose both the first and the last day of the range.';
    if (form.from > form.to) return 'The first day must not be after the last day.';
  }
  if (!form.sections.some((s) => s.enabled)) return 'Turn on at least one section.';
  return null;
}

/** The core's input for this form, as of `today`. */
export function settingsInput(form: ReviewForm, today: string): SettingsInput {
  const period = form.preset === 'custom' ? { preset: form.preset, from: form.from, to: form.to } : { preset: form.preset };
  const filters: NonNullable<SettingsInput['filters']> = {};
  if (form.goalIds.length > 0) filters.goalIds = [...form.goalIds];
  if (form.tags.length > 0) filters.tags = [...form.tags];
  if (form.minLevel) filters.minLevel = form.minLevel;
  if (form.starredOnly) filters.starredOnly = true;
  return {
    templateId: form.templateId,
    sections: form.sections,
    period,
    today,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
}
