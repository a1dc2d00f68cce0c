import { useEffect, useState } from 'react';
import type { Activity } from '../../../common/contract';
import { api, call } from '../api';
import { useDatePrefs } from '../ui/date-prefs';
import { longDate, weekdaysShort } from '../ui/dates';
import { buildHeatmap, heatmapStart } from './grid';

const CELL = 11;
const GAP = 3;
const WEEKS = 53;
const LEFT = 26;
const TOP = 16;

/** A year of journaling at a glance, with the current streak. Purely informative: the timeline's date filters do the rest. */
export function ActivityHeatmap({ today, version }: { today: string; version?: number }) {
  const [activity, setActivity] = useState<Activity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const prefs = useDatePrefs();
  const from = heatmapStart(today, WEEKS, prefs);

  useEffect(() => {
    let live = true;
    call(api.stats.activity({ from, to: today, today }))
      .then((a) => live && setActivity(a))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [from, today, version]);

  if (error) return <p className="muted small">Activity is not available right now ({error}).</p>;
  if (!activity) return <div className="heatmap is-loading" aria-busy="true" />;

  const map = buildHeatmap(activity.days, today, WEEKS, prefs);
  const weekdays = weekdaysShort(prefs);
  const width = LEFT + WEEKS * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const summary = `${map.total} ${map.total === 1 ? 'entry' : 'entries'} on ${map.activeDays} ${map.activeDays === 1 ? 'day' : 'days'} in the past year.`;

  return (
    <section className="heatmap" aria-labelledby="heatmap-title">
      <div className="heatmap-head">
        <h2 id="heatmap-title" className="visually-hidden">
          Activity
        </h2>
        <span className="heatmap-summary">{summary}</span>
        <span className="heatmap-streak">
          Current streak <strong>{activity.currentStreak}</strong> {activity.currentStreak === 1 ? 'day' : 'days'} · longest{' '}
          {activity.longestStreak}
        </span>
      </div>
      <svg
        className="heatmap-grid"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`Entries per day over the past year. ${summary}`}
      >
        {map.months.map((m) => (
          <text key={`${m.label}-${m.column}`} x={LEFT + m.column * (CELL + GAP)} y={10} className="heatmap-label">
            {m.label}
          </text>
        ))}
        {[0, 2, 4].map((row) => (
          <text key={row} x={0} y={TOP + row * (CELL + GAP) + CELL - 2} className="heatmap-label heatmap-weekday">
            {weekdays[row]}
          </text>
        ))}
        {map.weeks.map((week, w) =>
          week.map((cell, d) =>
            cell.future ? null : (
              <rect
                key={cell.day}
                x={LEFT + w * (CELL + GAP)}
                y={TOP + d * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                className={`heat heat-${cell.level} ${cell.day === today ? 'is-today' : ''}`}
              >
                <title>{`${longDate(cell.day, prefs)}: ${cell.count === 0 ? 'no entries' : cell.count === 1 ? '1 entry' : `${cell.count} entries`}`}</title>
              </rect>
            ),
          ),
        )}
      </svg>
      <div className="heatmap-legend" aria-hidden="true">
        Less
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className={`heat-swatch heat-${l}`} />
        ))}
        More
      </div>
    </section>
  );
}
