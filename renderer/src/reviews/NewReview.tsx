import { useEffect, useId, useState } from 'react';
import { PERIOD_PRESETS, type PeriodOption, type PeriodPreset, type ReviewTemplate } from '../../../common/contract';
import { type OwnershipLevel } from '../../../common/vocabulary';
import { api, call } from '../api';
import { navigate, useRoute } from '../app/router';
import { useConfirm } from '../ui/confirm';
import { useResource } from '../ui/resource';
import { goalsStore, tagsStore } from '../ui/stores';
import { showToast } from '../ui/toast';
import { useToday } from '../ui/useToday';
import { periodLabel } from './review-format';
import { enabledCount, missingSections, sectionsDiffer } from './sections';
import { QuietMonths } from './QuietMonths';
import { SectionsEditor } from './SectionsEditor';
import { formProblem, type ReviewForm, settingsInput } from './settings-input';
import { LevelOptions } from '../ui/LevelOptions';

const DEFAULT_TEMPLATE = 'self-review';
const DEFAULT_PRESET: PeriodPreset = 'last-6-months';

/** The preset a link asks for (`#/reviews/new?period=this-cycle`), if it is one. */
function requestedPreset(value: string | null): PeriodPreset | null {
  return value !== null && (PERIOD_PRESETS as readonly string[]).includes(value) ? (value as PeriodPreset) : null;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value);
}

/** "New review": the period, filters and template (sections rearranged as wanted); Generate saves it and opens the editor. */
export function NewReview() {
  const id = useId();
  const today = useToday();
  const requested = requestedPreset(useRoute().query.get('period'));
  const goals = useResource(goalsStore).value ?? [];
  const tags = useResource(tagsStore).value ?? [];
  const [periods, setPeriods] = useState<PeriodOption[] | null>(null);
  const [templates, setTemplates] = useState<ReviewTemplate[] | null>(null);
  const [form, setForm] = useState<ReviewForm>({
    preset: requested ?? DEFAULT_PRESET,
    from: '',
    to: '',
    templateId: DEFAULT_TEMPLATE,
    sections: [],
    goalIds: [],
    tags: [],
    minLevel: null,
    starredOnly: false,
  });
  const [title, setTitle] = useState('');
  const [templateName, setTemplateName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ask, dialog } = useConfirm();

  useEffect(() => {
    call(api.reviews.periods({ today }))
      .then((list) => {
        setPeriods(list);
        // A requested preset that does not apply (e.g. no review cycle set) falls back to the default.
        setForm((f) => (f.preset === 'custom' || list.some((p) => p.preset === f.preset) ? f : { ...f, preset: DEFAULT_PRESET }));
      })
      .catch((e: unknown) => setError(message(e)));
  }, [today]);

  const loadTemplates = async (select?: string) => {
    const list = await call(api.reviews.templates({}));
    setTemplates(list);
    setForm((f) => {
      const chosen = list.find((t) => t.id === (select ?? f.templateId)) ?? list[0];
      if (!chosen) return f;
      return select || f.sections.length === 0 ? { ...f, templateId: chosen.id, sections: chosen.sections } : f;
    });
  };
  useEffect(() => {
    loadTemplates().catch((e: unknown) => setError(message(e)));
  }, []);

  const template = templates?.find((t) => t.id === form.templateId) ?? null;
  const changedSections = template !== null && sectionsDiffer(form.sections, template.sections);
  const problem = formProblem(form);
  const set = (patch: Partial<ReviewForm>) => setForm((f) => ({ ...f, ...patch }));

  const chooseTemplate = (templateId: string) => {
    const t = templates?.find((x) => x.id === templateId);
    if (t) set({ templateId, sections: t.sections });
  };

  const generate = async () => {
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      const trimmed = title.trim();
      const review = await call(api.reviews.create({ ...settingsInput(form, today), ...(trimmed ? { title: trimmed } : {}) }));
      navigate(`/reviews/${review.id}`);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const saveTemplate = async () => {
    const name = templateName.trim();
    if (!name) {
      setError('Give your template a name.');
      return;
    }
    try {
      const ownId = template && !template.builtIn && template.name === name ? template.id : undefined;
      const saved = await call(
        api.reviews.saveTemplate({ ...(ownId ? { id: ownId } : {}), name, description: template?.description ?? null, sections: form.sections }),
      );
      await loadTemplates(saved.id);
      setTemplateName('');
      setError(null);
      showToast(`Saved your template “${saved.name}”.`);
    } catch (e) {
      setError(message(e));
    }
  };

  const deleteTemplate = async () => {
    if (!template || template.builtIn) return;
    const ok = await ask({
      title: `Delete the template “${template.name}”?`,
      body: <p>Reviews made from it keep their sections.</p>,
      confirm: 'Delete template',
    });
    if (!ok) return;
    try {
      await call(api.reviews.deleteTemplate({ id: template.id }));
      await loadTemplates(DEFAULT_TEMPLATE);
      showToast('Template deleted.');
    } catch (e) {
      setError(message(e));
    }
  };

  const builtIns = templates?.filter((t) => t.builtIn) ?? [];
  const own = templates?.filter((t) => !t.builtIn) ?? [];

  return (
    <div className="page page-narrow review-new">
      <header className="page-header">
        <div>
          <a className="back-link" href="#/reviews">
            ← All reviews
          </a>
          <h1 tabIndex={-1}>New review</h1>
          <div className="subtitle">A draft from your journal, yours to edit. Nothing leaves this computer.</div>
        </div>
      </header>
      <form
        className="review-form"
        aria-label="New review"
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <fieldset className="review-fieldset">
          <legend>Period</legend>
          <div className="review-presets">
            {(periods ?? []).map((p) => (
              <label key={p.preset} className="checkbox review-preset">
                <input type="radio" name={`${id}-preset`} checked={form.preset === p.preset} onChange={() => set({ preset: p.preset })} />
                <span>
                  {p.label} <span className="muted small">({periodLabel(p)})</span>
                </span>
              </label>
            ))}
            <label className="checkbox review-preset">
              <input type="radio" name={`${id}-preset`} checked={form.preset === 'custom'} onChange={() => set({ preset: 'custom' })} />
              <span>Custom range</span>
            </label>
          </div>
          {form.preset === 'custom' && (
            <div className="review-range">
              <div className="field">
                <label className="field-label" htmlFor={`${id}-from`}>
                  First day
                </label>
                <input id={`${id}-from`} type="date" value={form.from} max={form.to || undefined} onChange={(e) => set({ from: e.target.value })} />
              </div>
              <div className="field">
                <label className="field-label" htmlFor={`${id}-to`}>
                  Last day
                </label>
                <input id={`${id}-to`} type="date" value={form.to} min={form.from || undefined} onChange={(e) => set({ to: e.target.value })} />
              </div>
              <p className="muted small">Both days are included.</p>
            </div>
          )}
        </fieldset>

        <fieldset className="review-fieldset">
          <legend>Which entries</legend>
          <div className="review-filters">
            <div className="field">
              <label className="field-label" htmlFor={`${id}-level`}>
                Minimum level
              </label>
              <select
                id={`${id}-level`}
                value={form.minLevel ?? ''}
                onChange={(e) => set({ minLevel: (e.target.value || null) as OwnershipLevel | null })}
              >
                <option value="">Any level</option>
                <LevelOptions suffix=" or above" />
              </select>
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={form.starredOnly} onChange={(e) => set({ starredOnly: e.target.checked })} />
              Only starred entries
            </label>
          </div>
          {goals.length > 0 && (
            <fieldset className="review-choices">
              <legend className="field-label">Goals (any of)</legend>
              {goals.map((g) => (
                <label key={g.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.goalIds.includes(g.id)}
                    onChange={(e) => set({ goalIds: toggle(form.goalIds, g.id, e.target.checked) })}
                  />
                  {g.title}
                </label>
              ))}
            </fieldset>
          )}
          {tags.length > 0 && (
            <fieldset className="review-choices">
              <legend className="field-label">Tags (any of)</legend>
              {tags.slice(0, 40).map((t) => (
                <label key={t.name} className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.tags.includes(t.name)}
                    onChange={(e) => set({ tags: toggle(form.tags, t.name, e.target.checked) })}
                  />
                  #{t.name} <span className="muted small">({t.count})</span>
                </label>
              ))}
            </fieldset>
          )}
        </fieldset>

        <fieldset className="review-fieldset">
          <legend>Template</legend>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-template`}>
              Template
            </label>
            <select id={`${id}-template`} value={form.templateId} onChange={(e) => chooseTemplate(e.target.value)}>
              {builtIns.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
              {own.length > 0 && (
                <optgroup label="Your templates">
                  {own.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            {template?.description && <p className="muted small">{template.description}</p>}
          </div>
          <p className="muted small">
            {enabledCount(form.sections)} of {form.sections.length} sections on. Turn sections off or move them; empty
            sections are left out of the draft.
          </p>
          <SectionsEditor sections={form.sections} onChange={(sections) => set({ sections })} addable={missingSections(form.sections, builtIns)} />
          <div className="review-template-save">
            <div className="field">
              <label className="field-label" htmlFor={`${id}-tname`}>
                Save these sections as your template
              </label>
              <input
                id={`${id}-tname`}
                type="text"
                maxLength={200}
                placeholder={changedSections ? 'Name, e.g. My half-year review' : 'Name'}
                value={templateName}
                onChange={(e) => setTemplateName(e.target.value)}
              />
            </div>
            <button type="button" className="button" onClick={() => void saveTemplate()}>
              Save template
            </button>
            {template && !template.builtIn && (
              <button type="button" className="button-link" onClick={() => void deleteTemplate()}>
                Delete “{template.name}”
              </button>
            )}
          </div>
        </fieldset>

        <div className="field">
          <label className="field-label" htmlFor={`${id}-title`}>
            Title <span className="muted">(optional)</span>
          </label>
          <input id={`${id}-title`} type="text" maxLength={200} placeholder="e.g. H1 self-review" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <QuietMonths form={form} today={today} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="review-form-actions">
          <button type="submit" className="button button-primary" disabled={busy || templates === null}>
            {busy ? 'Generating…' : 'Generate review'}
          </button>
          {problem && <span className="muted small">{problem}</span>}
        </div>
      </form>
      {dialog}
    </div>
  );
}
