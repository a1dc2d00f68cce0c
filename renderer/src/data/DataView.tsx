import type { Route } from '../app/route';

/** The Backups and data view (being built). */
export function DataView({ route }: { route: Route }) {
  void route;
  return (
    <div className="page">
      <h1 tabIndex={-1}>Backups and data</h1>
    </div>
  );
}
