import { useState } from 'react';
import { DIRECTION_INFO } from '../../../common/vocabulary';
import { daysAgo } from '../ui/dates';
import { useResource } from '../ui/resource';
import { peopleStore } from '../ui/stores';
import { AddPersonForm } from './AddPersonForm';
import { groupByDirection } from './group';
import { Influence } from './Influence';
import { SuggestedPeople } from '../evidence/SuggestedPeople';

/** Days after which someone's view of your work counts as going stale. */
const STALE_DAYS = 45;

/** Everyone who sees (or should see) your work, by where they sit, with when they last saw it. */
export function PeopleView() {
  const { value, error, loading } = useResource(peopleStore);
  const [showArchived, setShowArchived] = useState(false);
  const now = new Date();
  const people = (value ?? []).filter((p) => showArchived || p.archivedAt === null);
  const archivedCount = (value ?? []).filter((p) => p.archivedAt !== null).length;
  const groups = groupByDirection(people);

  return (
    <div className="page people">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>People</h1>
          <div className="subtitle">Who sees your work, and whose view of it is missing.</div>
        </div>
        {archivedCount > 0 && (
          <label className="checkbox">
            <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show{' '}
            {archivedCount} archived
          </label>
        )}
      </header>

      <AddPersonForm />
      <SuggestedPeople />

      {error && (
        <div className="notice notice-warning" role="alert">
          Could not load people: {error}{' '}
          <button type="button" className="button-link" onClick={() => void peopleStore.refresh()}>
            Try again
          </button>
        </div>
      )}
      {value === null && loading && <p className="muted">Loading…</p>}

      {value !== null && value.length === 0 && (
        <div className="notice">
          <p>
            <strong>Start with three people:</strong> your manager (up), a peer who works closely with you (sideways),
            and one person above your manager (skip-level).
          </p>
          <p className="muted">Or mention someone with @ while writing an entry: they are added here.</p>
        </div>
      )}

      {value !== null &&
        value.length > 0 &&
        groups.map(({ direction, people: group }) => (
          <section key={direction} className="section direction-group" aria-labelledby={`dir-${direction}`}>
            <h2 id={`dir-${direction}`}>
              {DIRECTION_INFO[direction].label}
              <span className="muted small">{DIRECTION_INFO[direction].explanation}</span>
            </h2>
            {group.length === 0 ? (
              <p className="muted small">No one here yet.</p>
            ) : (
              <table className="people-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Role</th>
                    <th scope="col">Influence</th>
                    <th scope="col">Last saw your work</th>
                    <th scope="col" className="num">
                      Entries seen
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.map((p) => {
                    const stale =
                      p.archivedAt === null &&
                      (p.lastSeenOn === null || (new Date(`${p.lastSeenOn}T00:00`).getTime() < now.getTime() - STALE_DAYS * 86_400_000));
                    return (
                      <tr key={p.id} className={p.archivedAt ? 'is-archived' : undefined}>
                        <th scope="row">
                          <a href={`#/people/${p.id}`}>{p.name}</a>
                          {p.keyDecider && (
                            <span className="key-decider" title="Sits where promotions are decided">
                              <span aria-hidden="true">◉</span> Key decider
                            </span>
                          )}
                          {p.archivedAt && <span className="muted small"> (archived)</span>}
                        </th>
                        <td>{p.role ?? <span className="muted">—</span>}</td>
                        <td>
                          <Influence value={p.influence} />
                        </td>
                        <td className={stale ? 'is-stale' : undefined}>
                          {p.lastSeenOn ? daysAgo(p.lastSeenOn, now) : 'Not yet'}
                          {stale && p.lastSeenOn && <span className="visually-hidden"> (a while ago)</span>}
                        </td>
                        <td className="num">{p.entriesSeen}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        ))}
    </div>
  );
}
