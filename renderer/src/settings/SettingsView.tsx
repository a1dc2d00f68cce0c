import type { Route } from '../app/route';

/** The Settings view (being built). */
export function SettingsView({ route }: { route: Route }) {
  void route;
  return (
    <div className="page">
      <h1 tabIndex={-1}>Settings</h1>
    </div>
  );
}
