import { useState } from 'react';
import { dateTime, longDate } from '../ui/dates';
import { listDrafts } from './drafts-list';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Unsaved text the editor kept in this browser: shown only when there is some, each with a way back to it. */
export function DraftsNotice() {
  const [drafts] = useState(() => listDrafts(storage()));
  if (drafts.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading" className="data-notice-heading">
        Unsaved drafts
      </h2>
      <p>Text typed here that was not saved to the journal yet (kept in this browser). Open one to get it back and save it.</p>
      <ul className="data-drafts">
        {drafts.map((d) => (
          <li key={d.key}>
            <a href={d.href}>{d.isNew ? 'New entry' : 'Edit'} for {longDate(d.day)}</a>{' '}
            <span className="muted small">(typed {dateTime(d.savedAt)})</span>
            <div className="muted">{d.excerpt}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
