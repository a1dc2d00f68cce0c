/**
 * Areas of focus: the entries of a period grouped into a handful of themes (growth:themes,
 * offline and deterministic), each named by its top words and tags, with its levels, its
 * strongest entries and who saw them. The review's "Areas of focus" section is built the same way.
 */
import { addMonths } from 'date-fns';
import { useState } from 'react';
import type { FocusTheme } from '../../../common/contract';
import { DIRECTION_INFO, OWNERSHIP_LEVELS } from '../../../common/vocabulary';
import { api, call } from '../api';
import { LevelBadge } from '../ui/LevelBadge';
import { parseDay, shortDate, toDay } from '../ui/dates';
import { useLoad } from '../visibility/useLoad';
import { entriesText } from './chart-kit';

const SHOWN = 5;

type Choice = 'next-review' | '3' | '6' | '12';

export function ThemesPanel({ today, nextReview }: { today: string; nextReview: { from: string; to: string } | null }) {
  const [choice, setChoice] = useState<Choice>(nextReview ? 'next-review' : '6');
  const range =
    choice === 'next-review' && nextReview
      ? nextReview
      : { from: toDay(addMonths(parseDay(today)!, -Number(choice === 'next-review' ? '6' : choice))), to: today };
  const themes = useLoad(() => call(api.growth.themes(range)), [range.from, range.to]);

  return (
    <div className="growth-themes">
      <div className="growth-controls">
        <label>
          Period{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
            {nextReview && (
              <option value="next-review">
                Next review ({shortDate(nextReview.from)} – {shortDate(nextReview.to)})
              </option>
            )}
            <option value="3">Last 3 months</option>
            <option value="6">Last 6 months</option>
            <option value="12">Last 12 months</option>
          </select>
        </label>
      </div>
      {themes.error && <p className="field-error">{themes.error}</p>}
      {themes.value && themes.value.themes.length === 0 && (
        <p className="muted">Not enough entries with words in common in this period to group them yet.</p>
      )}
      {themes.value && themes.value.themes.length > 0 && (
        <>
          <p className="muted small">
            {entriesText(themes.value.entries)}
            {themes.value.sampled ? ' (the newest of the period)' : ''} in {themes.value.themes.length} themes
            {themes.value.unthemed > 0 ? `; ${themes.value.unthemed} share no words with the others` : ''}.
          </p>
          <ul className="growth-theme-list" aria-label="Areas of focus">
            {themes.value.themes.map((t) => (
              <ThemeCard key={t.name} theme={t} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ThemeCard({ theme }: { theme: FocusTheme }) {
  const levels = [...OWNERSHIP_LEVELS, 'unset' as const].filter((l) => theme.levels[l] > 0).reverse();
  return (
    <li className="growth-theme" data-theme-name={theme.name}>
      <h3>{theme.name}</h3>
      <p className="growth-theme-figures">
        <strong>{entriesText(theme.count)}</strong>
        {levels.map((l) => (
          <span key={l}>
            {' '}
            <LevelBadge level={l === 'unset' ? null : l} compact /> {theme.levels[l]}
          </span>
        ))}
      </p>
      <ul className="growth-theme-entries">
        {theme.entries.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            <a href={`#/entry/${e.id}`}>{e.name}</a> <span className="muted small">{shortDate(e.occurredOn)}</span>
          </li>
        ))}
        {theme.entries.length > SHOWN && <li className="muted small">and {entriesText(theme.entries.length - SHOWN)} more</li>}
      </ul>
      {theme.people.length > 0 && (
        <p className="small">
          Seen by{' '}
          {theme.people.slice(0, 6).map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <a href={`#/people/${p.id}`} title={`${DIRECTION_INFO[p.direction].label}: ${entriesText(p.entries)}`}>
                {p.keyDecider && (
                  <>
                    <span aria-hidden="true">◆ </span>
                    <span className="visually-hidden">key decider </span>
                  </>
                )}
                {p.name}
              </a>
            </span>
          ))}
          {theme.people.length > 6 && ` and ${theme.people.length - 6} more`}
        </p>
      )}
    </li>
  );
}
