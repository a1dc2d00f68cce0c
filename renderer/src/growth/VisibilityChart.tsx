/**
 * Visibility over time: one row of bars per direction (up, skip-level, diagonal-up,
 * sideways, down, outside), on one scale so the rows compare: how many entries someone there
 * saw each month or quarter. The part a key decider saw is drawn solid and marked ◆ above.
 * Hover or the arrow keys show the bucket's figures and which key deciders saw it, each a link
 * to the timeline; the table below holds every figure.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import type { VisibilityBucket, VisibilityGrowth } from '../../../common/contract';
import { DIRECTION_INFO, DIRECTIONS } from '../../../common/vocabulary';
import { navigate } from '../app/router';
import { barOf, barsPath, bucketAt, bucketKeys, bucketLabel, DENSE, entriesText, timelineHash, useWidth, yearTick } from './chart-kit';

const ROW = 46;
const GAP = 8;
const M = { top: 10, right: 12, bottom: 24, left: 150 };

export function VisibilityChart({ data }: { data: VisibilityGrowth }) {
  const id = useId();
  const [box, width] = useWidth<HTMLDivElement>();
  const buckets = data.buckets;
  const [active, setActive] = useState(buckets.length - 1);
  const current = buckets[Math.min(active, buckets.length - 1)];
  const height = M.top + DIRECTIONS.length * (ROW + GAP) + M.bottom;

  const { x, h } = useMemo(() => {
    const x = scaleBand<string>()
      .domain(buckets.map((b) => b.key))
      .range([M.left, width - M.right])
      .paddingInner(buckets.length > 60 ? 0.05 : 0.2);
    const max = Math.max(1, ...buckets.flatMap((b) => DIRECTIONS.map((d) => b.directions[d].entries)));
    return { x, h: scaleLinear().domain([0, max]).range([0, ROW]) };
  }, [buckets, width]);
  const dense = buckets.length > DENSE;
  const rowBase = (i: number) => M.top + i * (ROW + GAP) + ROW;

  return (
    <div className="growth-chart">
      <div className="growth-chart-row">
        <div
          ref={box}
          className="growth-plot"
          role="group"
          aria-roledescription="chart"
          aria-label={`Visibility over time, ${buckets.length} ${data.grain === 'month' ? 'months' : 'quarters'}: entries seen per direction, key deciders marked. Arrow keys move, Enter opens the timeline.`}
          aria-describedby={`${id}-details`}
          tabIndex={0}
          onKeyDown={bucketKeys(buckets.length, active, setActive, (i) => navigate(timelineHash(buckets[i]!)))}
        >
          <svg
            width={width}
            height={height}
            aria-hidden="true"
            className="growth-svg"
            data-chart="visibility"
            onMouseMove={(e) => {
              const i = bucketAt(x, e);
              if (i >= 0 && i !== active) setActive(i);
            }}
            onClick={(e) => {
              const i = bucketAt(x, e);
              if (i >= 0) navigate(timelineHash(buckets[i]!));
            }}
          >
            {current && (
              <rect
                className="growth-active"
                x={barOf(x, current.key).x - 2}
                width={barOf(x, current.key).width + 4}
                y={M.top}
                height={height - M.top - M.bottom}
              />
            )}
            {DIRECTIONS.map((d, i) => (
              <g key={d} className={`growth-dir dir-${d}`} data-direction={d}>
                <text className="growth-row-label" x={M.left - 8} y={rowBase(i) - ROW / 2} dy="0.32em" textAnchor="end">
                  {DIRECTION_INFO[d].label}
                </text>
                <line className="growth-baseline" x1={M.left} x2={width - M.right} y1={rowBase(i)} y2={rowBase(i)} />
                {dense ? (
                  <>
                    <path
                      className="growth-seen"
                      d={barsPath(
                        buckets
                          .filter((b) => b.directions[d].entries > 0)
                          .map((b) => {
                            const bar = barOf(x, b.key);
                            return [bar.x, bar.width, rowBase(i) - h(b.directions[d].entries), rowBase(i)] as const;
                          }),
                      )}
                    />
                    <path
                      className="growth-seen-decider"
                      d={barsPath(
                        buckets
                          .filter((b) => b.directions[d].deciderEntries > 0)
                          .map((b) => {
                            const bar = barOf(x, b.key);
                            return [bar.x, bar.width, rowBase(i) - h(b.directions[d].deciderEntries), rowBase(i)] as const;
                          }),
                      )}
                    />
                  </>
                ) : (
                  buckets.map((b) => {
                    const cell = b.directions[d];
                    if (cell.entries === 0) return null;
                    const bar = barOf(x, b.key);
                    return (
                      <g key={b.key}>
                        <rect
                          className="growth-seen"
                          {...bar}
                          y={rowBase(i) - h(cell.entries)}
                          height={h(cell.entries)}
                          data-key={b.key}
                          data-count={cell.entries}
                          data-deciders={cell.deciderEntries}
                        />
                        {cell.deciderEntries > 0 && (
                          <>
                            <rect
                              className="growth-seen-decider"
                              {...bar}
                              y={rowBase(i) - h(cell.deciderEntries)}
                              height={h(cell.deciderEntries)}
                            />
                            <text
                              className="growth-decider-mark"
                              x={bar.x + bar.width / 2}
                              y={rowBase(i) - h(cell.entries) - 2}
                              textAnchor="middle"
                            >
                              ◆
                            </text>
                          </>
                        )}
                      </g>
                    );
                  })
                )}
              </g>
            ))}
            {buckets.map((b) => {
              const tick = yearTick(b);
              return tick && (buckets.length <= 24 || Number(tick) % (buckets.length > 120 ? 5 : 2) === 0) ? (
                <text key={b.key} className="growth-x-tick" x={x(b.key)!} y={height - M.bottom + 16}>
                  {tick}
                </text>
              ) : null;
            })}
          </svg>
        </div>
        {current && <VisibilityDetails id={`${id}-details`} bucket={current} data={data} />}
      </div>
      <ul className="growth-legend" aria-label="Legend">
        <li>
          <span className="growth-swatch growth-seen" aria-hidden="true" />
          Entries someone in that direction saw
        </li>
        <li>
          <span className="growth-swatch growth-seen-decider" aria-hidden="true" />
          <span aria-hidden="true">◆ </span>Seen by a key decider
        </li>
      </ul>
      <VisibilityTable data={data} />
    </div>
  );
}

function VisibilityDetails({ id, bucket, data }: { id: string; bucket: VisibilityBucket; data: VisibilityGrowth }) {
  const names = new Map(data.keyDeciders.map((p) => [p.id, p.name]));
  return (
    <section id={id} className="growth-details" aria-live="polite" aria-label="Figures of the chosen period">
      <h3>{bucketLabel(bucket)}</h3>
      <p>
        <a href={timelineHash(bucket)}>{entriesText(bucket.total)}</a> written
      </p>
      <ul className="growth-details-list">
        {DIRECTIONS.map((d) => {
          const cell = bucket.directions[d];
          return (
            <li key={d}>
              <strong>{DIRECTION_INFO[d].label}</strong>: {cell.entries === 0 ? <span className="muted">nothing seen</span> : `${cell.entries} seen`}
              {cell.deciders.length > 0 && (
                <>
                  {' '}
                  · <span aria-hidden="true">◆ </span>
                  {cell.deciders.map((pid, i) => (
                    <span key={pid}>
                      {i > 0 && ', '}
                      <a href={timelineHash(bucket, { people: [pid] })}>{names.get(pid) ?? 'a key decider'}</a>
                    </span>
                  ))}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function VisibilityTable({ data }: { data: VisibilityGrowth }) {
  // Drawn only once opened: at 300 months the rows would cost more than the chart.
  const [open, setOpen] = useState(false);
  return (
    <details className="growth-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the figures as a table</summary>
      {open && (
      <table className="growth-figures" aria-label="Visibility over time">
        <caption className="muted small">Entries seen per direction (of them, seen by a key decider)</caption>
        <thead>
          <tr>
            <th scope="col">{data.grain === 'month' ? 'Month' : 'Quarter'}</th>
            {DIRECTIONS.map((d) => (
              <th key={d} scope="col" className="num">
                {DIRECTION_INFO[d].label}
              </th>
            ))}
            <th scope="col" className="num">
              Written
            </th>
          </tr>
        </thead>
        <tbody>
          {[...data.buckets].reverse().map((b) => (
            <tr key={b.key} data-key={b.key}>
              <th scope="row">{bucketLabel(b)}</th>
              {DIRECTIONS.map((d) => (
                <td key={d} className="num" data-direction={d}>
                  {b.directions[d].entries}
                  {b.directions[d].deciderEntries > 0 && <span className="muted"> ({b.directions[d].deciderEntries})</span>}
                </td>
              ))}
              <td className="num">{b.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </details>
  );
}
