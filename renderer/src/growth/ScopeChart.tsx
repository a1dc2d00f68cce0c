/**
 * Scope over time: entries per ownership level as stacked bars per month or quarter, the
 * highest level of each quarter as a stepped line on the level scale at the right. Hovering or
 * moving with the arrow keys shows the bucket's figures beside the chart, each a link to the
 * timeline filtered to that cell; a click on a bar segment goes there too. The same figures
 * are a table below, for screen readers and for anyone who prefers numbers.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { curveStepAfter, line, stack } from 'd3-shape';
import { useId, useMemo, useState } from 'react';
import type { ScopeBucket, ScopeGrowth } from '../../../common/contract';
import { LEVEL_INFO, OWNERSHIP_LEVELS, type OwnershipLevel, levelRank } from '../../../common/vocabulary';
import { navigate } from '../app/router';
import { LevelBadge } from '../ui/LevelBadge';
import { barOf, barsPath, bucketAt, bucketKeys, bucketLabel, countTicks, DENSE, entriesText, timelineHash, useWidth, yearTick } from './chart-kit';

type Key = OwnershipLevel | 'unset';
const KEYS: readonly Key[] = [...OWNERSHIP_LEVELS, 'unset'];
const KEY_LABEL = (k: Key) => (k === 'unset' ? 'Not rated' : LEVEL_INFO[k].label);

const HEIGHT = 260;
const M = { top: 14, right: 128, bottom: 26, left: 40 };

export function ScopeChart({ data }: { data: ScopeGrowth }) {
  const id = useId();
  const [box, width] = useWidth<HTMLDivElement>();
  const buckets = data.buckets;
  const [active, setActive] = useState(buckets.length - 1);
  const current = buckets[Math.min(active, buckets.length - 1)];

  const geometry = useMemo(() => {
    const x = scaleBand<string>()
      .domain(buckets.map((b) => b.key))
      .range([M.left, width - M.right])
      .paddingInner(buckets.length > 60 ? 0.05 : 0.2);
    const max = Math.max(1, ...buckets.map((b) => b.total));
    const y = scaleLinear().domain([0, max]).nice(4).range([HEIGHT - M.bottom, M.top]);
    const levelY = scaleLinear().domain([0.5, 5.5]).range([HEIGHT - M.bottom, M.top]);
    const series = stack<ScopeBucket, Key>()
      .keys(KEYS)
      .value((b, k) => b.counts[k])(buckets);
    // The highest level as steps: across each quarter's bars, rising or falling at the next.
    const points: { x: number; y: number | null }[] = [];
    buckets.forEach((b, i) => {
      const bar = barOf(x, b.key);
      const y = b.quarterHighest ? levelY(levelRank(b.quarterHighest)) : null;
      points.push({ x: bar.x, y });
      const next = buckets[i + 1];
      if (y !== null && (!next || !next.quarterHighest)) points.push({ x: bar.x + bar.width, y });
    });
    const linePath =
      line<{ x: number; y: number | null }>()
        .defined((p) => p.y !== null)
        .x((p) => p.x)
        .y((p) => p.y!)
        .curve(curveStepAfter)(points) ?? '';
    return { x, y, levelY, series, linePath, ticks: countTicks(y, 4) };
  }, [buckets, width]);
  const { x, y, levelY, series, linePath, ticks } = geometry;
  const dense = buckets.length > DENSE;

  const openCell = (b: ScopeBucket, level: Key | null) =>
    navigate(timelineHash(b, level && level !== 'unset' ? { levels: [level] } : {}));

  return (
    <div className="growth-chart">
      <div className="growth-chart-row">
        <div
          ref={box}
          className="growth-plot"
          role="group"
          aria-roledescription="chart"
          aria-label={`Scope over time, ${buckets.length} ${data.grain === 'month' ? 'months' : 'quarters'}: entries per ownership level, and the highest level of each quarter. Arrow keys move between ${data.grain === 'month' ? 'months' : 'quarters'}, Enter opens the timeline.`}
          aria-describedby={`${id}-details`}
          tabIndex={0}
          onKeyDown={bucketKeys(buckets.length, active, setActive, (i) => openCell(buckets[i]!, null))}
        >
          <svg
            width={width}
            height={HEIGHT}
            aria-hidden="true"
            className="growth-svg"
            data-chart="scope"
            onMouseMove={(e) => {
              const i = bucketAt(x, e);
              if (i >= 0 && i !== active) setActive(i);
            }}
            onClick={(e) => {
              // A click on a bar's segment opens that level; anywhere else in the column, the whole bucket.
              const i = bucketAt(x, e);
              if (i >= 0 && !(e.target instanceof SVGRectElement && e.target.dataset.level)) openCell(buckets[i]!, null);
            }}
          >
            {ticks.map((t) => (
              <g key={t} className="growth-grid">
                <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
                <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
            {current && (
              <rect
                className="growth-active"
                x={barOf(x, current.key).x - 2}
                width={barOf(x, current.key).width + 4}
                y={M.top}
                height={HEIGHT - M.top - M.bottom}
              />
            )}
            {series.map((s) =>
              dense ? (
                <path
                  key={s.key}
                  className={`growth-seg level-fill-${s.key}`}
                  data-level={s.key}
                  d={barsPath(
                    s.filter((d) => d.data.counts[s.key] > 0).map((d) => {
                      const bar = barOf(x, d.data.key);
                      return [bar.x, bar.width, y(d[1]), y(d[0])] as const;
                    }),
                  )}
                />
              ) : (
                <g key={s.key} className={`growth-seg level-fill-${s.key}`}>
                  {s.map((d) =>
                    d.data.counts[s.key] > 0 ? (
                      <rect
                        key={d.data.key}
                        {...barOf(x, d.data.key)}
                        y={y(d[1])}
                        height={Math.max(0, y(d[0]) - y(d[1]))}
                        data-key={d.data.key}
                        data-level={s.key}
                        data-count={d.data.counts[s.key]}
                        onClick={() => openCell(d.data, s.key)}
                      />
                    ) : null,
                  )}
                </g>
              ),
            )}
            <path className="growth-highest" d={linePath} data-line="highest" />
            {buckets.map((b) =>
              b.quarterHighest && (!dense || /-(Q\d|01|04|07|10)$/.test(b.key)) ? (
                <circle
                  key={b.key}
                  className={`growth-highest-dot level-fill-${b.quarterHighest}`}
                  cx={barOf(x, b.key).x + barOf(x, b.key).width / 2}
                  cy={levelY(levelRank(b.quarterHighest))}
                  r={dense ? 2.5 : 4}
                  data-key={b.key}
                  data-highest={b.quarterHighest}
                />
              ) : null,
            )}
            {OWNERSHIP_LEVELS.map((l) => (
              <text
                key={l}
                className={`growth-level-tick level-text-${l}`}
                x={width - M.right + 8}
                y={levelY(LEVEL_INFO[l].rank)}
                dy="0.32em"
              >
                {LEVEL_INFO[l].glyph} {LEVEL_INFO[l].label}
              </text>
            ))}
            {buckets.map((b) => {
              const tick = yearTick(b);
              return tick && (buckets.length <= 24 || Number(tick) % (buckets.length > 120 ? 5 : 2) === 0) ? (
                <text key={b.key} className="growth-x-tick" x={x(b.key)!} y={HEIGHT - M.bottom + 16}>
                  {tick}
                </text>
              ) : null;
            })}
          </svg>
        </div>
        {current && <ScopeDetails id={`${id}-details`} bucket={current} />}
      </div>
      <ul className="growth-legend" aria-label="Legend">
        {KEYS.map((k) => (
          <li key={k}>
            <span className={`growth-swatch level-fill-${k}`} aria-hidden="true" />
            {KEY_LABEL(k)}
          </li>
        ))}
        <li>
          <span className="growth-swatch-line" aria-hidden="true" />
          Highest level of the quarter
        </li>
      </ul>
      <ScopeTable data={data} />
    </div>
  );
}

function ScopeDetails({ id, bucket }: { id: string; bucket: ScopeBucket }) {
  const levels = KEYS.filter((k) => bucket.counts[k] > 0).reverse();
  return (
    <section id={id} className="growth-details" aria-live="polite" aria-label="Figures of the chosen period">
      <h3>{bucketLabel(bucket)}</h3>
      <p>
        <a href={timelineHash(bucket)}>{entriesText(bucket.total)}</a>
        {bucket.total === 0 && <span className="muted"> written</span>}
      </p>
      {levels.length > 0 && (
        <ul className="growth-details-list">
          {levels.map((k) => (
            <li key={k}>
              {k === 'unset' ? (
                <span>
                  <LevelBadge level={null} /> {bucket.counts[k]}
                </span>
              ) : (
                <a href={timelineHash(bucket, { levels: [k] })} aria-label={`${entriesText(bucket.counts[k])} at ${LEVEL_INFO[k].label} level`}>
                  <LevelBadge level={k} /> {bucket.counts[k]}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        Highest level this quarter: {bucket.quarterHighest ? LEVEL_INFO[bucket.quarterHighest].label : 'none yet'}
      </p>
    </section>
  );
}

function ScopeTable({ data }: { data: ScopeGrowth }) {
  // Drawn only once opened: at 300 months the rows would cost more than the chart.
  const [open, setOpen] = useState(false);
  return (
    <details className="growth-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the figures as a table</summary>
      {open && (
      <table className="growth-figures" aria-label="Scope over time">
        <thead>
          <tr>
            <th scope="col">{data.grain === 'month' ? 'Month' : 'Quarter'}</th>
            {KEYS.map((k) => (
              <th key={k} scope="col" className="num">
                {KEY_LABEL(k)}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col">Highest level of the quarter</th>
          </tr>
        </thead>
        <tbody>
          {[...data.buckets].reverse().map((b) => (
            <tr key={b.key} data-key={b.key}>
              <th scope="row">
                <a href={timelineHash(b)}>{bucketLabel(b)}</a>
              </th>
              {KEYS.map((k) => (
                <td key={k} className="num" data-level={k}>
                  {b.counts[k]}
                </td>
              ))}
              <td className="num" data-level="total">
                {b.total}
              </td>
              <td>{b.quarterHighest ? LEVEL_INFO[b.quarterHighest].label : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </details>
  );
}
