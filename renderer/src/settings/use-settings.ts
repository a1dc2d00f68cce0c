/** Loading and saving settings from a view, with the core's field errors kept per field. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatchInput } from '../../../common/contract/settings';
import { touches } from '../../../common/contract/events';
import { api, onJournalChange } from '../api';
import { setDatePrefs } from '../ui/date-prefs';

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  /** Field (dotted path, e.g. "reminder.time") → message from the last failed save. */
  errors: Record<string, string>;
  /** Saves a change; true when saved. On failure nothing is saved and `errors` says why. */
  save: (patch: SettingsPatchInput, section: string) => Promise<boolean>;
}

/** The journal's settings for a view. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Changes made in quick succession answer in order; only the latest answer may replace what
  // is shown, or an earlier answer would put back a value the user has already changed again.
  const latest = useRef(0);

  // Every view writes dates with the settings shown here, including a change not yet confirmed.
  useEffect(() => {
    if (settings) setDatePrefs({ locale: settings.locale, dateFormat: settings.dateFormat, weekStartsOn: settings.weekStartsOn });
  }, [settings]);

  useEffect(() => {
    let live = true;
    const load = () =>
      void api.settings.get({}).then((r) => {
        if (!live) return;
        if (r.ok) setSettings(r.value);
        else setLoadError(r.error.message);
      });
    load();
    // Settings changed elsewhere (another window, a restore): show them, unless a save of ours
    // is still on its way (its answer will be the latest).
    const stop = onJournalChange((event) => {
      if (event.channel !== 'settings:update' && touches(event, ['settings'])) load();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback(async (patch: SettingsPatchInput, section: string) => {
    // Switches and choices show the new value at once; a refused change puts the old one back.
    let before: Settings | null = null;
    const simple = Object.fromEntries(Object.entries(patch).filter(([, v]) => typeof v !== 'object'));
    if (Object.keys(simple).length > 0) {
      setSettings((s) => {
        before = s;
        return s ? ({ ...s, ...simple } as Settings) : s;
      });
    }
    const mine = ++latest.current;
    const r = await api.settings.update(patch);
    const current = mine === latest.current;
    if (!r.ok && before && current) setSettings(before);
    // Errors of the settings this change touched are replaced by its outcome.
    const touched = Object.keys(patch);
    const others = (e: Record<string, string>) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !touched.includes(k.split('.')[0]!) && k !== section));
    if (r.ok) {
      if (current) {
        setSettings(r.value);
        // Also when the view has gone meanwhile: the rest of the app writes dates with these.
        setDatePrefs({ locale: r.value.locale, dateFormat: r.value.dateFormat, weekStartsOn: r.value.weekStartsOn });
      }
      setErrors(others);
      return true;
    }
    const field = r.error.field ?? section;
    const message = r.error.message.replace(/^[\w.]+: /, '');
    setErrors((e) => ({ ...others(e), [field]: message }));
    return false;
  }, []);

  return { settings, loadError, errors, save };
}
