import { describe, expect, it } from 'vitest';
import { ReviewSettingsInput, type TemplateSection } from '../../../common/contract';
import { formProblem, type ReviewForm, settingsInput } from './settings-input';

const SECTIONS: TemplateSection[] = [
  { id: 'summary', kind: 'summary', title: 'Summary', enabled: true, limit: null, rule: null, description: null },
  { id: 'highlights', kind: 'highlights', title: 'Highlights', enabled: false, limit: 10, rule: null, description: null },
];

function form(patch: Partial<ReviewForm> = {}): ReviewForm {
  return { preset: 'last-6-months', from: '', to: '', templateId: 'self-review', sections: SECTIONS, goalIds: [], tags: [], minLevel: null, starredOnly: false, ...patch };
}

describe('the new-review form as core input', () => {
  it('sends a preset without days, and no filters when none are chosen', () => {
    const input = settingsInput(form(), '2025-06-20');
    expect(input).toEqual({ templateId: 'self-review', sections: SECTIONS, period: { preset: 'last-6-months' }, today: '2025-06-20' });
    expect(ReviewSettingsInput.safeParse(input).success).toBe(true);
  });

  it('sends a custom range with both days, and every chosen filter, in a shape the contract accepts', () => {
    const input = settingsInput(
      form({ preset: 'custom', from: '2025-01-01', to: '2025-03-31', tags: ['ops'], minLevel: 'project', starredOnly: true, goalIds: ['01900000-0000-7000-8000-000000000001'] }),
      '2025-06-20',
    );
    expect(input.period).toEqual({ preset: 'custom', from: '2025-01-01', to: '2025-03-31' });
    expect(input.filters).toEqual({ goalIds: ['01900000-0000-7000-8000-000000000001'], tags: ['ops'], minLevel: 'project', starredOnly: true });
    const parsed = ReviewSettingsInput.safeParse(input);
    expect(parsed.success).toBe(true);
    // The turned-off section travels with the order, so the core leaves it out rather than restoring it.
    expect(parsed.data?.sections?.map((s) => [s.id, s.enabled])).toEqual([
      ['summary', true],
      ['highlights', false],
    ]);
  });

  it('names the problem with an incomplete or reversed custom range before anything is sent', () => {
    expect(formProblem(form({ preset: 'custom', from: '2025-01-01' }))).toMatch(/both/);
    expect(formProblem(form({ preset: 'custom', from: '2025-04-01', to: '2025-03-31' }))).toMatch(/after/);
    expect(formProblem(form({ preset: 'custom', from: '2025-03-31', to: '2025-03-31' }))).toBeNull();
    expect(formProblem(form({ sections: SECTIONS.map((s) => ({ ...s, enabled: false })) }))).toMatch(/at least one/);
    expect(formProblem(form())).toBeNull();
  });

  it('a custom day left in the form is not sent with a preset (the contract would refuse it)', () => {
    const input = settingsInput(form({ preset: 'this-quarter', from: '2025-01-01', to: '2025-02-01' }), '2025-06-20');
    expect(input.period).toEqual({ preset: 'this-quarter' });
    expect(ReviewSettingsInput.safeParse(input).success).toBe(true);
  });
});
