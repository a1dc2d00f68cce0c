import { useId, useState } from 'react';
import { RECENCY_INFO, type SeenFigures } from '../../../common/contract';
import { DIRECTION_INFO, type OwnershipLevel } from '../../../common/vocabulary';
import { api, call } from '../api';
import { LevelBadge } from '../ui/LevelBadge';
import { useToday } from '../ui/useToday';
import { GapList } from './GapList';
import { lastSeenText } from './recency';
import { useLoad } from './useLoad';
import { LevelOptions } from '../ui/LevelOptions';

/** The cells every radar row shares: last seen, 30 and 90-day counts, widest level. */
function FigureCells({ f }: { f: SeenFigures }) {
  return (
    <>
      <td>
        <span aria-hidden="true" className={`vis-glyph recency-text-${f.recency}`}>
          {RECENCY_INFO[f.recency].glyph}
        </span>{' '}
        {lastSeenText(f)}
        {f.lastSeenOn && <div className="muted small">{f.lastSeenOn}</div>}
      </td>
      <td className="num">{f.seen30}</td>
      <td className="num">{f.seen90}</td>
      <td>{f.highestLevel ? <LevelBadge level={f.highestLevel} /> : <span className="muted">—</span>}</td>
    </>
  );
}

const FIGURE_HEADS = (
  <>
    <th scope="col">Last saw your work</th>
    <th scope="col" className="num">
      Seen in 30 days
    </th>
    <th scope="col" className="num">
      Seen in 90 days
    </th>
    <th scope="col">Widest level seen</th>
  </>
);

/** The radar (per direction, per key decider) and the gap list with a suggestion for each person. */
export function RadarView() {
  const today = useToday();
  const id = useId();
  const [minLevel, setMinLevel] = useState<OwnershipLevel>('milestone');
  const radar = useLoad(() => call(api.visibility.radar({ today })), [today]);
  const gaps = useLoad(() => call(api.visibility.gaps({ today, minLevel })), [today, minLevel]);

  return (
    <>
      <section className="section" aria-labelledby={`${id}-dir`}>
        <h2 id={`${id}-dir`}>By direction</h2>
        {radar.error && <p className="field-error">{radar.error}</p>}
        {radar.value && (
          <table className="people-table vis-table">
            <thead>
              <tr>
                <th scope="col">Direction</th>
                <th scope="col" className="num">
                  People (reached in 90 days)
                </th>
                {FIGURE_HEADS}
              </tr>
            </thead>
            <tbody>
              {radar.value.directions.map((d) => (
                <tr key={d.direction} className={d.people === 0 ? 'is-archived' : undefined}>
                  <th scope="row">
                    {DIRECTION_INFO[d.direction].label}
                    <div className="muted small">{DIRECTION_INFO[d.direction].explanation}</div>
                  </th>
                  <td className="num">
                    {d.people} ({d.reached90})
                  </td>
                  <FigureCells f={d} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="section" aria-labelledby={`${id}-key`}>
        <h2 id={`${id}-key`}>Key deciders</h2>
        {radar.value && radar.value.keyDeciders.length === 0 && (
          <p className="muted">
            Nobody is marked as a key decider. On a person’s page, tick “Key decider” for those who sit where promotions are
            decided.
          </p>
        )}
        {radar.value && radar.value.keyDeciders.length > 0 && (
          <table className="people-table vis-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Where they sit</th>
                {FIGURE_HEADS}
              </tr>
            </thead>
            <tbody>
              {radar.value.keyDeciders.map((k) => (
                <tr key={k.stakeholderId}>
                  <th scope="row">
                    <a href={`#/people/${k.stakeholderId}`}>{k.name}</a>
                    {k.role && <div className="muted small">{k.role}</div>}
                  </th>
                  <td>{DIRECTION_INFO[k.direction].label}</td>
                  <FigureCells f={k} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="section" aria-labelledby={`${id}-gaps`}>
        <h2 id={`${id}-gaps`}>Gaps: strong recent work they have not seen</h2>
        <div className="field vis-inline-field">
          <label className="field-label" htmlFor={`${id}-min`}>
            Entries at this level or wider
          </label>
          <select id={`${id}-min`} value={minLevel} onChange={(e) => setMinLevel(e.target.value as OwnershipLevel)}>
            <LevelOptions />
          </select>
        </div>
        {gaps.error && <p className="field-error">{gaps.error}</p>}
        {gaps.value && <GapList gaps={gaps.value} />}
      </section>
    </>
  );
}
