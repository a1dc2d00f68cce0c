import type { Gap } from '../../../common/contract';
import { DIRECTION_INFO } from '../../../common/vocabulary';
import { LevelBadge } from '../ui/LevelBadge';

/** Each person with a gap: the suggestion sentence, a link to the entry and to the person, and the other entries they missed. */
export function GapList({ gaps }: { gaps: readonly Gap[] }) {
  if (gaps.length === 0) {
    return <p className="muted">No gaps: everyone has seen your strongest recent work at this level.</p>;
  }
  return (
    <ul className="vis-gaps" aria-label="Gaps">
      {gaps.map((g) => {
        const [first, ...more] = g.entries;
        return (
          <li key={g.stakeholderId} className="vis-gap">
            <p className="vis-suggestion">{g.suggestion}</p>
            <div className="vis-gap-links">
              {first && (
                <a href={`#/entry/${first.id}`}>
                  Open “{first.label}”
                </a>
              )}
              <a href={`#/people/${g.stakeholderId}`}>
                {g.name} <span className="muted small">({DIRECTION_INFO[g.direction].label}{g.keyDecider ? ', key decider' : ''})</span>
              </a>
              <a href={`#/visibility/update?person=${g.stakeholderId}`}>Prepare an update for {g.name}</a>
            </div>
            {more.length > 0 && (
              <details>
                <summary className="small">Also not seen by {g.name}</summary>
                <ul className="vis-gap-more">
                  {more.map((e) => (
                    <li key={e.id}>
                      <LevelBadge level={e.level} compact /> <a href={`#/entry/${e.id}`}>{e.label}</a>{' '}
                      <span className="muted small">{e.occurredOn}</span>
                      {e.starred && <span aria-label="starred"> ★</span>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
