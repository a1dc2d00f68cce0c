import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Settings } from '../../../common/contract/settings';
import { showToast } from '../ui/toast';
import { describedBy, Field } from './Field';
import type { SettingsState } from './use-settings';

/** Quick capture's shortcut, launch at login and the tray icon (the desktop app acts on them). */
export function DesktopSection({ settings, state }: { settings: Settings; state: SettingsState }) {
  const id = useId();
  const [shortcut, setShortcut] = useState(settings.captureShortcut);
  useEffect(() => setShortcut(settings.captureShortcut), [settings.captureShortcut]);
  const desktop = window.scopebookShell !== undefined;
  const e = state.errors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await state.save({ captureShortcut: shortcut }, 'captureShortcut')) showToast('Shortcut saved');
  };

  return (
    <section className="section settings-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Desktop</h2>
      {!desktop && (
        <p className="notice notice-quiet">
          You are using Scopebook in a browser: these are saved with your journal and take effect when you open it in the
          desktop app.
        </p>
      )}
      <form onSubmit={(ev) => void submit(ev)} noValidate className="settings-inline">
        <Field
          id={`${id}-shortcut`}
          label="Quick capture shortcut"
          hint="Works from any app. Keys joined by +, e.g. CommandOrControl+Shift+J (Command on macOS, Ctrl elsewhere)."
          error={e.captureShortcut}
        >
          <input
            id={`${id}-shortcut`}
            type="text"
            spellCheck={false}
            value={shortcut}
            onChange={(ev) => setShortcut(ev.target.value)}
            {...describedBy(`${id}-shortcut`, e.captureShortcut, true)}
          />
        </Field>
        <button type="submit" className="button">
          Save shortcut
        </button>
      </form>
      <div className="settings-choices settings-checks">
        <label className="checkbox">
          <input type="checkbox" checked={settings.launchAtLogin} onChange={(ev) => void state.save({ launchAtLogin: ev.target.checked }, 'launchAtLogin')} />
          Open Scopebook when I log in
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={settings.tray} onChange={(ev) => void state.save({ tray: ev.target.checked }, 'tray')} />
          Show an icon in the menu bar / system tray (on Windows and Linux Scopebook then keeps running when its window closes)
        </label>
      </div>
    </section>
  );
}
