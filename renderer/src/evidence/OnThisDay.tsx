import { useEffect, useState } from 'react';
import type { EntrySummary, OnThisDay as OnThisDayValue } from '../../../common/contract';
import { api, call } from '../api';
import { parseDay, longDate } from '../ui/dates';
import { LevelBadge } from '../ui/LevelBadge';
import { SeenByLine } from '../ui/SeenByLine';
import '../styles/evidence.css';

const SHOWN = 5;

function Row({ e }: { e: EntrySummary }) {
  return (
    <li className="evidence-otd-entry">
      <LevelBadge level={e.ownershipLevel} compact />
      {e.starred && <span aria-label="Starred">★</span>} <a href={`#/entry/${e.id}`}>{e.title || e.excerpt.slice(0, 140) || 'Untitled'}</a>{' '}
      <span className="small">
        <SeenByLine seenBy={e.seenBy} />
      </span>
    </li>
  );
}

function Entries({ list }: { list: EntrySummary[] }) {
  return (
    <ul className="evidence-otd-list">
      {list.slice(0, SHOWN).map((e) => (
        <Row key={e.id} e={e} />
      ))}
      {list.length > SHOWN && <li className="muted small">and {list.length - SHOWN} more</li>}
    </ul>
  );
}

/**
 * On Today: what was written on this day in earlier years, and — in the weekly look-back, on
 * the look-back day — what was written a year ago that week, each with its level and who saw it.
 */
export function OnThisDay({ today }: { today: string }) {
  const [value, setValue] = useState<OnThisDayValue | null>(null);
  const [lookBackDay, setLookBackDay] = useState(false);
  useEffect(() => {
    let live = true;
    void call(api.evidence.onThisDay({ day: today }))
      .then((v) => live && setValue(v))
      .catch(() => live && setValue(null));
    void api.settings.get({}).then((r) => {
      if (live && r.ok) setLookBackDay(r.value.weekly.enabled && parseDay(today)?.getDay() === r.value.weekly.day);
    });
    return () => {
      live = false;
    };
  }, [today]);

  if (!value) return null;
  const week = value.yearAgoWeek;
  if (value.earlierYears.length === 0 && week.entries.length === 0) return null;
  const thisYear = Number(today.slice(0, 4));
  return (
    <section className="section evidence-otd" aria-labelledby="otd-heading">
      <h2 id="otd-heading">On this day</h2>
      {value.earlierYears.map((y) => (
        <div key={y.year} className="evidence-otd-year">
          <h3 className="evidence-otd-when">
            {thisYear - y.year === 1 ? 'A year ago' : `${thisYear - y.year} years ago`} <span className="muted small">· {y.year}</span>
          </h3>
          <Entries list={y.entries} />
        </div>
      ))}
      {week.entries.length > 0 &&
        (lookBackDay ? (
          <div className="evidence-otd-week" role="group" aria-label="Your weekly look-back">
            <h3 className="evidence-otd-when">
              A year ago this week <span className="muted small">· {longDate(week.from)} – {longDate(week.to)}</span>
            </h3>
            <Entries list={week.entries} />
          </div>
        ) : (
          <details className="evidence-otd-week">
            <summary>
              A year ago this week: {week.entries.length === 1 ? 'one entry' : `${week.entries.length} entries`}{' '}
              <span className="muted small">({longDate(week.from)} – {longDate(week.to)})</span>
            </summary>
            <Entries list={week.entries} />
          </details>
        ))}
    </section>
  );
}
