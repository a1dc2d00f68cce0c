import type { Route } from '../app/route';
import { NewReview } from './NewReview';
import { ReviewList } from './ReviewList';
import { ReviewPage } from './ReviewPage';
import '../styles/reviews.css';

/** The Reviews view: the list (`#/reviews`), a new review (`#/reviews/new`) and one review (`#/reviews/<id>`). */
export function ReviewsView({ route }: { route: Route }) {
  const sub = route.path[1];
  if (sub === undefined) return <ReviewList />;
  if (sub === 'new') return <NewReview />;
  return <ReviewPage key={sub} id={sub} />;
}
