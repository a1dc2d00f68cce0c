import type { Route } from '../app/route';
import '../styles/settings.css';
import { AppearanceSection } from './AppearanceSection';
import { CycleSection } from './CycleSection';
import { DataFolderSection } from './DataFolderSection';
import { DesktopSection } from './DesktopSection';
import { HabitSection } from './HabitSection';
import { useSettings } from './use-settings';

/**
 * Settings (`#/settings`): look and dates, the daily habit, the review cycle, desktop
 * integration and where the journal lives. Stored in the journal, validated by the core:
 * a refused value is explained under its field and nothing of that change is saved.
 */
export function SettingsView({ route }: { route: Route }) {
  void route;
  const state = useSettings();
  const { settings, loadError } = state;
  return (
    <div className="page page-narrow settings">
      <div className="page-header">
        <h1 tabIndex={-1}>Settings</h1>
        <span className="subtitle">Saved in your journal, so a restored backup brings them back.</span>
      </div>
      {loadError && (
        <p className="notice notice-warning" role="alert">
          Settings could not be read: {loadError}
        </p>
      )}
      {settings && (
        <>
          <AppearanceSection settings={settings} state={state} />
          <HabitSection settings={settings} state={state} />
          <CycleSection settings={settings} state={state} />
          <DesktopSection settings={settings} state={state} />
          <DataFolderSection />
        </>
      )}
    </div>
  );
}
