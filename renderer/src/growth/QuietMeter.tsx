/**
 * The recency-bias meter: a review remembers the last weeks best, so for the next review
 * period (from the review-cycle setting) or any chosen period, the weeks or months with little
 * or nothing written are drawn on the chart and named below, each with a one-click backfill
 * that opens a new entry dated in that week.
 */
import { addMonths, format } from 'date-fns';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import { emptyDoc, type QuietBucket, type QuietGrain, type QuietPeriod, type QuietRun } from '../../../common/contract';
import { api, call } from '../api';
import { navigate } from '../app/router';
import { parseDay, shortDate, toDay } from '../ui/dates';
import { showToast } from '../ui/toast';
import { useLoad } from '../visibility/useLoad';
import { barOf, bucketAt, bucketKeys, countTicks, bucketLabel, entriesText, timelineHash, useWidth } from './chart-kit';

const HEIGHT = 150;
const M = { top: 12, right: 12, bottom: 24, left: 40 };

type Choice = 'next-review' | '3' | '6' | '12' | 'custom';

/** Opens a new entry dated on `day`, for the person to write what they did then. */
export async function backfill(day: string): Promise<void> {
  try {
    const entry = await call(
      api.entries.create({ body: emptyDoc(), occurredOn: day, ownershipLevel: 'task' }),
    );
    navigate(`/entry/${entry.id}`);
  } catch (e) {
    showToast(e instanceof Error ? e.message : String(e));
  }
}

/** "The weeks of 2 Feb to 8 Mar have 1 entry between them", "March has no entries". */
export function runSentence(run: QuietRun, grain: QuietGrain): string {
  const many = run.keys.length > 1;
  const what =
    grain === 'month'
      ? many
        ? `${format(parseDay(run.from)!, 'MMMM')} to ${format(parseDay(run.to)!, 'MMMM yyyy')}`
        : format(parseDay(run.from)!, 'MMMM yyyy')
      : many
        ? `The ${run.keys.length} weeks from ${shortDate(run.from)} to ${shortDate(run.to)}`
        : `The week of ${shortDate(run.from)}`;
  const verb = many ? 'have' : 'has';
  if (run.entries === 0) return `${what} ${verb} no entries.`;
  return `${what} ${verb} ${entriesText(run.entries)}${many ? ' between them' : ''}.`;
}

/** What the meter says above the chart. */
export function quietSummary(data: QuietPeriod): string {
  const unit = data.grain === 'week' ? 'weeks' : 'months';
  const judged = data.buckets.filter((b) => b.judged);
  const quiet = judged.filter((b) => b.quiet);
  const usual = (data.perDay * (data.grain === 'week' ? 7 : 30.4)).toFixed(1);
  if (judged.length === 0) return `This period has not begun yet.`;
  if (quiet.length === 0) return `No quiet ${unit} in this period: about ${usual} entries a ${data.grain}.`;
  const entries = quiet.reduce((n, b) => n + b.entries, 0);
  if (quiet.length === judged.length) {
    const written = entries === 0 ? 'nothing written in any of them' : `${entriesText(entries)} between them`;
    return `All ${judged.length} ${unit} so far are quiet, ${written}. A review remembers the last weeks best: add what you did then.`;
  }
  return `${quiet.length} of ${judged.length} ${unit} are quiet, against about ${usual} entries a ${data.grain} over the period. A review remembers the last weeks best: add what you did then.`;
}

function monthsBack(today: string, months: number): string {
  return toDay(addMonths(parseDay(today)!, -months));
}

export function QuietMeter({ today, nextReview }: { today: string; nextReview: { from: string; to: string } | null }) {
  const id = useId();
  const [choice, setChoice] = useState<Choice>(nextReview ? 'next-review' : '6');
  const [grain, setGrain] = useState<QuietGrain>('week');
  const [custom, setCustom] = useState({ from: monthsBack(today, 3), to: today });
  const range =
    choice === 'next-review' && nextReview
      ? nextReview
      : choice === 'custom'
        ? custom
        : { from: monthsBack(today, Number(choice === 'next-review' ? '6' : choice)), to: today };
  const valid = parseDay(range.from) && parseDay(range.to) && range.from <= range.to;
  const quiet = useLoad(
    () => (valid ? call(api.growth.quiet({ from: range.from, to: range.to, grain, today })) : Promise.resolve(null)),
    [range.from, range.to, grain, today, valid],
  );

  return (
    <div className="growth-quiet">
      <div className="growth-controls" role="group" aria-label="Period to check">
        <label>
          Period{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
            {nextReview && (
              <option value="next-review">
                Next review ({shortDate(nextReview.from)} – {shortDate(nextReview.to)})
              </option>
            )}
            <option value="3">Last 3 months</option>
            <option value="6">Last 6 months</option>
            <option value="12">Last 12 months</option>
            <option value="custom">Choose dates…</option>
          </select>
        </label>
        {choice === 'custom' && (
          <>
            <label>
              From <input type="date" value={custom.from} max={custom.to} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />
            </label>
            <label>
              To <input type="date" value={custom.to} min={custom.from} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
            </label>
          </>
        )}
        <fieldset className="growth-toggle">
          <legend className="visually-hidden">Count by</legend>
          {(['week', 'month'] as const).map((g) => (
            <label key={g}>
              <input type="radio" name={`${id}-grain`} checked={grain === g} onChange={() => setGrain(g)} /> By {g}
            </label>
          ))}
        </fieldset>
      </div>
      {!valid && <p className="field-error">Choose a first day on or before the last day.</p>}
      {quiet.error && <p className="field-error">{quiet.error}</p>}
      {valid && quiet.value && <QuietChart data={quiet.value} />}
    </div>
  );
}

function QuietChart({ data }: { data: QuietPeriod }) {
  const id = useId();
  const [box, width] = useWidth<HTMLDivElement>();
  const buckets = data.buckets;
  const [active, setActive] = useState(Math.max(0, buckets.findIndex((b) => b.quiet)));
  const current = buckets[Math.min(active, buckets.length - 1)];
  const { x, y } = useMemo(() => {
    const x = scaleBand<string>()
      .domain(buckets.map((b) => b.key))
      .range([M.left, width - M.right])
      .paddingInner(0.2);
    const max = Math.max(1, ...buckets.map((b) => b.entries));
    return { x, y: scaleLinear().domain([0, max]).nice(3).range([HEIGHT - M.bottom, M.top]) };
  }, [buckets, width]);
  const band = x.bandwidth();
  const unit = data.grain === 'week' ? 'weeks' : 'months';

  return (
    <>
      <p className="growth-quiet-summary" role="status">
        {quietSummary(data)}
      </p>
      <div className="growth-chart-row">
        <div
          ref={box}
          className="growth-plot"
          role="group"
          aria-roledescription="chart"
          aria-label={`Entries per ${data.grain} from ${shortDate(data.from)} to ${shortDate(data.to)}, quiet ${unit} marked. Arrow keys move, Enter writes an entry for that ${data.grain}.`}
          aria-describedby={`${id}-details`}
          tabIndex={0}
          onKeyDown={bucketKeys(buckets.length, active, setActive, (i) => buckets[i]!.judged && void backfill(buckets[i]!.from))}
        >
          <svg
            width={width}
            height={HEIGHT}
            aria-hidden="true"
            className="growth-svg"
            data-chart="quiet"
            onMouseMove={(e) => {
              const i = bucketAt(x, e);
              if (i >= 0 && i !== active) setActive(i);
            }}
          >
            {countTicks(y, 3).map((t) => (
              <g key={t} className="growth-grid">
                <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
                <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
            {current && (
              <rect className="growth-active" x={barOf(x, current.key).x - 2} width={barOf(x, current.key).width + 4} y={M.top} height={HEIGHT - M.top - M.bottom} />
            )}
            {buckets.map((b) => (
              <g key={b.key}>
                <rect
                  className={`growth-week ${b.quiet ? 'is-quiet' : ''} ${b.judged ? '' : 'is-open'}`}
                  {...barOf(x, b.key)}
                  y={b.entries > 0 ? y(b.entries) : HEIGHT - M.bottom - 3}
                  height={b.entries > 0 ? y(0) - y(b.entries) : 3}
                  data-key={b.key}
                  data-count={b.entries}
                  data-quiet={b.quiet ? 'true' : 'false'}
                />
                {b.quiet && (
                  <text className="growth-quiet-mark" x={x(b.key)! + band / 2} y={HEIGHT - M.bottom + 14} textAnchor="middle">
                    !
                  </text>
                )}
              </g>
            ))}
          </svg>
        </div>
        {current && <QuietDetails id={`${id}-details`} bucket={current} grain={data.grain} />}
      </div>
      {data.runs.length > 0 && (
        <ul className="growth-runs" aria-label={`Quiet ${unit}`}>
          {data.runs.map((r) => (
            <li key={r.from}>
              {runSentence(r, data.grain)}{' '}
              <button type="button" className="button-link" onClick={() => void backfill(r.from)}>
                Write an entry for the {data.grain === 'week' ? 'week' : 'month'} of {shortDate(r.from)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function QuietDetails({ id, bucket, grain }: { id: string; bucket: QuietBucket; grain: QuietGrain }) {
  return (
    <section id={id} className="growth-details" aria-live="polite" aria-label={`The chosen ${grain}`}>
      <h3>{bucketLabel(bucket)}</h3>
      <p>
        <a href={timelineHash(bucket)}>{entriesText(bucket.entries)}</a>
        {bucket.quiet && <strong className="growth-quiet-word"> · quiet</strong>}
        {!bucket.judged && <span className="muted"> · not over yet</span>}
      </p>
      {bucket.judged && (
        <button type="button" className="button" onClick={() => void backfill(bucket.from)}>
          Write an entry for this {grain}
        </button>
      )}
    </section>
  );
}
