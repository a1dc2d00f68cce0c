import { useId } from 'react';
import { DATE_FORMATS, LOCALES, THEMES, type Settings, type Theme, type Weekday } from '../../../common/contract/settings';
import { Field } from './Field';
import { formatWith, LOCALE_NAMES, weekdayNames } from './format';
import { applyTheme } from './theme';
import type { SettingsState } from './use-settings';

const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** Theme, locale, date format and first day of the week: each saved as soon as it changes. */
export function AppearanceSection({ settings, state }: { settings: Settings; state: SettingsState }) {
  const id = useId();
  const sample = new Date(2026, 2, 9, 12);
  const setTheme = (theme: Theme) => {
    applyTheme(theme);
    void state.save({ theme }, 'theme');
  };
  return (
    <section className="section settings-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Appearance and dates</h2>
      <fieldset className="settings-fieldset">
        <legend className="field-label">Theme</legend>
        <div className="settings-choices">
          {THEMES.map((theme) => (
            <label key={theme} className="checkbox">
              <input type="radio" name={`${id}-theme`} checked={settings.theme === theme} onChange={() => setTheme(theme)} />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="settings-grid">
        <Field id={`${id}-locale`} label="Language for dates" error={state.errors.locale}>
          <select
            id={`${id}-locale`}
            value={settings.locale}
            onChange={(e) => void state.save({ locale: e.target.value as Settings['locale'] }, 'locale')}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-format`} label="Date format" error={state.errors.dateFormat}>
          <select
            id={`${id}-format`}
            value={settings.dateFormat}
            onChange={(e) => void state.save({ dateFormat: e.target.value as Settings['dateFormat'] }, 'dateFormat')}
          >
            {DATE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {formatWith(sample, f, settings.locale)}
                {f === 'locale' ? ' (usual for the language)' : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-week`} label="First day of the week" error={state.errors.weekStartsOn}>
          <select
            id={`${id}-week`}
            value={settings.weekStartsOn}
            onChange={(e) => void state.save({ weekStartsOn: Number(e.target.value) as Weekday }, 'weekStartsOn')}
          >
            {weekdayNames(settings.locale).map((name, day) => (
              <option key={day} value={day}>
                {name}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </section>
  );
}
