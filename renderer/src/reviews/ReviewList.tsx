import { useEffect, useState } from 'react';
import type { ReviewSummary } from '../../../common/contract';
import { api, call } from '../api';
import { periodLabel, whenLabel } from './review-format';

/** Saved reviews, newest first, and the way to start a new one. */
export function ReviewList() {
  const [reviews, setReviews] = useState<ReviewSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(api.reviews.list({}))
      .then(setReviews)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Reviews</h1>
          <div className="subtitle">Self-review drafts generated from your journal. Private until you export them.</div>
        </div>
        <a className="button button-primary" href="#/reviews/new">
          New review
        </a>
      </header>
      {error && (
        <div className="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      {reviews?.length === 0 && (
        <p className="empty-hint">
          No reviews yet. Before a performance cycle, <a href="#/reviews/new">generate one</a> from your entries: a draft
          with your highlights, how your scope grew and who saw your work.
        </p>
      )}
      {reviews && reviews.length > 0 && (
        <ul className="review-list" aria-label="Saved reviews">
          {reviews.map((r) => (
            <li key={r.id} className="review-item">
              <a href={`#/reviews/${r.id}`} className="review-item-title">
                {r.title}
              </a>
              <div className="muted small">
                {periodLabel(r.period)} · {r.templateName}
                {r.edited && ' · edited'} · updated {whenLabel(r.updatedAt)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
