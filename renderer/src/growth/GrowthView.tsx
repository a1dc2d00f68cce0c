/**
 * Growth (`g o`): your scope over time, who saw it over time, and the quiet stretches a
 * review would forget. Reads growth:scope, growth:visibility and growth:quiet; the next
 * review period comes from the review-cycle setting (settings:prompts).
 */
import { useId } from 'react';
import type { GrowthGrain } from '../../../common/contract';
import { LEVEL_INFO } from '../../../common/vocabulary';
import { api, call } from '../api';
import type { Route } from '../app/route';
import { navigate } from '../app/router';
import { shortDate } from '../ui/dates';
import { useToday } from '../ui/useToday';
import { useLoad } from '../visibility/useLoad';
import '../styles/growth.css';
import { QuietMeter } from './QuietMeter';
import { ScopeChart } from './ScopeChart';
import { ThemesPanel } from './ThemesPanel';
import { VisibilityChart } from './VisibilityChart';

export function GrowthView({ route }: { route: Route }) {
  const id = useId();
  const today = useToday();
  const grain: GrowthGrain = route.query.get('by') === 'month' ? 'month' : 'quarter';
  const scope = useLoad(() => call(api.growth.scope({ grain, today })), [grain, today]);
  const visibility = useLoad(() => call(api.growth.visibility({ grain, today })), [grain, today]);
  const prompts = useLoad(() => call(api.settings.prompts({ today })), [today]);
  const peak = scope.value?.peak;

  return (
    <div className="page growth">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Growth</h1>
          <div className="subtitle">
            {peak
              ? `Your widest scope so far: ${LEVEL_INFO[peak.level].label}, first reached on ${shortDate(peak.firstOn)}.`
              : 'See your scope grow over time, who saw it, and what a review would forget.'}
          </div>
        </div>
        <fieldset className="growth-toggle">
          <legend>Count by</legend>
          {(['quarter', 'month'] as const).map((g) => (
            <label key={g}>
              <input
                type="radio"
                name={`${id}-grain`}
                checked={grain === g}
                onChange={() => navigate(g === 'month' ? '/growth?by=month' : '/growth', { replace: true })}
              />{' '}
              {g === 'quarter' ? 'Quarter' : 'Month'}
            </label>
          ))}
        </fieldset>
      </header>

      <section className="section" aria-labelledby={`${id}-scope`}>
        <h2 id={`${id}-scope`}>Scope over time</h2>
        <p className="muted">
          Entries at each ownership level, and the highest level you reached each quarter. Choose a bar to see those entries.
        </p>
        {scope.error && <p className="field-error">{scope.error}</p>}
        {scope.value && <ScopeChart key={`${grain}-${scope.value.from}`} data={scope.value} />}
      </section>

      <section className="section" aria-labelledby={`${id}-vis`}>
        <h2 id={`${id}-vis`}>Visibility over time</h2>
        <p className="muted">How many entries someone in each direction saw; what a key decider saw is marked ◆.</p>
        {visibility.error && <p className="field-error">{visibility.error}</p>}
        {visibility.value && <VisibilityChart key={`${grain}-${visibility.value.from}`} data={visibility.value} />}
      </section>

      <section className="section" aria-labelledby={`${id}-quiet`}>
        <h2 id={`${id}-quiet`}>Recency bias</h2>
        <p className="muted">
          The weeks with little or nothing written, before they are forgotten.
          {!prompts.value?.cycle && (
            <>
              {' '}
              Set your review cycle in <a href="#/settings">Settings</a> to check the next review’s period.
            </>
          )}
        </p>
        {prompts.value && <QuietMeter today={today} nextReview={prompts.value.cycle?.period ?? null} />}
      </section>

      <section className="section" aria-labelledby={`${id}-themes`}>
        <h2 id={`${id}-themes`}>Areas of focus</h2>
        <p className="muted">What the period’s entries were about, grouped by the words and tags they share. A review can include this as “Areas of focus”.</p>
        {prompts.value && <ThemesPanel today={today} nextReview={prompts.value.cycle?.period ?? null} />}
      </section>
    </div>
  );
}
