import type { Route } from '../app/route';

/** The Visibility view (being built). */
export function VisibilityView({ route }: { route: Route }) {
  void route;
  return (
    <div className="page">
      <h1 tabIndex={-1}>Visibility</h1>
    </div>
  );
}
