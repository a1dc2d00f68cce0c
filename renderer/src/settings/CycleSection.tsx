import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ReviewCycle, Settings } from '../../../common/contract/settings';
import { showToast } from '../ui/toast';
import { describedBy, Field } from './Field';
import type { SettingsState } from './use-settings';

interface Form {
  kind: ReviewCycle['kind'];
  months: string;
  from: string;
  dates: string;
}

function toForm(cycle: ReviewCycle): Form {
  return {
    kind: cycle.kind,
    months: cycle.kind === 'every' ? String(cycle.months) : '6',
    from: cycle.kind === 'every' ? cycle.from : '',
    dates: cycle.kind === 'dates' ? cycle.dates.join('\n') : '',
  };
}

function toCycle(form: Form): ReviewCycle {
  if (form.kind === 'every') return { kind: 'every', months: Number(form.months), from: form.from };
  if (form.kind === 'dates') return { kind: 'dates', dates: form.dates.split(/[\s,;]+/).filter(Boolean) };
  return { kind: 'none' };
}

/** The company's review cycle: none, every N months from a date, or explicit dates. */
export function CycleSection({ settings, state }: { settings: Settings; state: SettingsState }) {
  const id = useId();
  const [form, setForm] = useState(() => toForm(settings.reviewCycle));
  useEffect(() => setForm(toForm(settings.reviewCycle)), [settings.reviewCycle]);
  const e = state.errors;
  const cycleError = e.reviewCycle;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await state.save({ reviewCycle: toCycle(form) }, 'reviewCycle')) showToast('Review cycle saved');
  };

  return (
    <section className="section settings-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Review cycle</h2>
      <p className="settings-hint">
        When your company runs performance reviews. Two weeks before one, Today says so and offers a draft of the work since the
        last cycle; the review generator gains a “This review cycle” period.
      </p>
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <fieldset className="settings-fieldset">
          <legend className="field-label">Reviews happen</legend>
          <div className="settings-choices">
            {(
              [
                ['none', 'Not set'],
                ['every', 'Every few months'],
                ['dates', 'On these dates'],
              ] as const
            ).map(([kind, label]) => (
              <label key={kind} className="checkbox">
                <input type="radio" name={`${id}-kind`} checked={form.kind === kind} onChange={() => setForm({ ...form, kind })} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        {form.kind === 'every' && (
          <div className="settings-grid">
            <Field id={`${id}-months`} label="Every (months)" error={e['reviewCycle.months']}>
              <input
                id={`${id}-months`}
                type="number"
                min={1}
                max={24}
                className="settings-time"
                value={form.months}
                onChange={(ev) => setForm({ ...form, months: ev.target.value })}
                {...describedBy(`${id}-months`, e['reviewCycle.months'])}
              />
            </Field>
            <Field id={`${id}-from`} label="Starting from" error={e['reviewCycle.from']}>
              <input
                id={`${id}-from`}
                type="date"
                value={form.from}
                onChange={(ev) => setForm({ ...form, from: ev.target.value })}
                {...describedBy(`${id}-from`, e['reviewCycle.from'])}
              />
            </Field>
          </div>
        )}
        {form.kind === 'dates' && (
          <Field
            id={`${id}-dates`}
            label="Review dates (YYYY-MM-DD, one per line)"
            error={Object.entries(e).find(([k]) => k.startsWith('reviewCycle.dates'))?.[1]}
          >
            <textarea
              id={`${id}-dates`}
              rows={4}
              value={form.dates}
              onChange={(ev) => setForm({ ...form, dates: ev.target.value })}
              {...describedBy(`${id}-dates`, e['reviewCycle.dates'])}
            />
          </Field>
        )}
        {cycleError && (
          <p className="field-error" role="alert">
            {cycleError}
          </p>
        )}
        <div className="notice-actions settings-actions">
          <button type="submit" className="button button-primary">
            Save review cycle
          </button>
        </div>
      </form>
    </section>
  );
}
