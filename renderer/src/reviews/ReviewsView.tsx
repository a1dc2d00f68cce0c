import type { Route } from '../app/route';

/** The Reviews view (being built). */
export function ReviewsView({ route }: { route: Route }) {
  void route;
  return (
    <div className="page">
      <h1 tabIndex={-1}>Reviews</h1>
    </div>
  );
}
