import { type PeopleMap, RECENCY_INFO } from '../../../common/contract';
import { DIRECTION_INFO } from '../../../common/vocabulary';
import { Influence } from '../people/Influence';
import { LevelBadge } from '../ui/LevelBadge';
import { lastSeenText } from './recency';

/** The people map as a table: the same people and figures, for screen readers and for sorting by eye. */
export function MapTable({ map }: { map: PeopleMap }) {
  const names = new Map(map.people.map((p) => [p.id, p.name]));
  return (
    <table className="people-table vis-table" aria-label="People map as a table">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Where they sit</th>
          <th scope="col">Influence</th>
          <th scope="col">Last saw your work</th>
          <th scope="col" className="num">
            Seen (30 / 90 days)
          </th>
          <th scope="col">Widest level seen</th>
          <th scope="col">Connected to</th>
        </tr>
      </thead>
      <tbody>
        {map.people.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <a href={`#/people/${p.id}`}>{p.name}</a>
              {p.keyDecider && <span className="key-decider">Key decider</span>}
              {p.role && <div className="muted small">{p.role}</div>}
            </th>
            <td>{DIRECTION_INFO[p.direction].label}</td>
            <td>
              <Influence value={p.influence} />
            </td>
            <td>
              <span aria-hidden="true" className={`vis-glyph recency-text-${p.recency}`}>
                {RECENCY_INFO[p.recency].glyph}
              </span>{' '}
              {RECENCY_INFO[p.recency].label}
              <div className="muted small">{lastSeenText(p)}</div>
            </td>
            <td className="num">
              {p.seen30} / {p.seen90}
            </td>
            <td>{p.highestLevel ? <LevelBadge level={p.highestLevel} /> : <span className="muted">—</span>}</td>
            <td>
              {map.connections
                .filter((c) => c.a === p.id || c.b === p.id)
                .map((c) => names.get(c.a === p.id ? c.b : c.a))
                .filter(Boolean)
                .join(', ') || <span className="muted">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
