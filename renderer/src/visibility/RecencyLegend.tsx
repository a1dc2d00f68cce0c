import { RECENCY_BUCKETS, RECENCY_INFO } from '../../../common/contract';

/** The map's key: each recency shade with its symbol and words, and the key-decider mark, so nothing relies on colour. */
export function RecencyLegend() {
  return (
    <div className="vis-legend" aria-label="Map legend" role="group">
      <span className="vis-legend-title">Last saw your work:</span>
      <ul>
        {RECENCY_BUCKETS.map((b) => (
          <li key={b} title={RECENCY_INFO[b].explanation}>
            <span className={`vis-swatch recency-${b}`} aria-hidden="true">
              {RECENCY_INFO[b].glyph}
            </span>
            {RECENCY_INFO[b].label}
          </li>
        ))}
        <li>
          <span className="vis-swatch vis-swatch-key" aria-hidden="true">
            ♛
          </span>
          Key decider
        </li>
        <li>
          <span className="vis-swatch vis-swatch-size" aria-hidden="true" />
          Bigger = more influence
        </li>
      </ul>
    </div>
  );
}
