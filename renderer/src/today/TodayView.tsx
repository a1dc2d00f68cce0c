import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../common/contract';
import { api, call } from '../api';
import { dismissWelcome, welcomeDismissed } from '../app/first-run';
import { navigate } from '../app/router';
import { clearDraft, COMPOSER_DRAFT } from '../editor/drafts';
import { dayLabel, longDate, shiftDay } from '../ui/dates';
import { showToast } from '../ui/toast';
import { useToday } from '../ui/useToday';
import { TodayReminders } from '../settings/TodayReminders';
import { TodayVisibility } from '../visibility/TodayVisibility';
import { Composer } from './Composer';
import { EntryCard } from './EntryCard';
import { Welcome } from './Welcome';
import { OnThisDay } from '../evidence/OnThisDay';

/** Today's and yesterday's entries, in full. */
async function loadRecent(today: string): Promise<Entry[]> {
  const page = await call(api.entries.list({ from: shiftDay(today, -1), to: today, limit: 200 }));
  return Promise.all(page.items.map((s) => call(api.entries.get({ id: s.id }))));
}

/** The home view: write, then see today's and yesterday's work below, each editable in place. */
export function TodayView() {
  const today = useToday();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [composerKey, setComposerKey] = useState(0);
  const [composing, setComposing] = useState<string | null>(null);
  const [streak, setStreak] = useState<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [welcome, setWelcome] = useState(() => !welcomeDismissed());
  const loadId = useRef(0);

  const reload = useCallback(() => {
    const id = ++loadId.current;
    loadRecent(today)
      .then((list) => {
        if (id === loadId.current) {
          setEntries(list);
          setError(null);
        }
      })
      .catch((e: unknown) => id === loadId.current && setError(e instanceof Error ? e.message : String(e)));
    call(api.entries.count({}))
      .then((c) => setTotal(c.count))
      .catch(() => setTotal(null));
    call(api.stats.activity({ from: shiftDay(today, -400), to: today, today }))
      .then((a) => setStreak(a.currentStreak))
      .catch(() => setStreak(null));
  }, [today]);

  useEffect(reload, [reload]);

  const onEntry = useCallback((id: string | null) => setComposing(id), []);

  const onDone = (entry: Entry | null) => {
    clearDraft(COMPOSER_DRAFT);
    setComposing(null);
    setComposerKey((k) => k + 1);
    if (entry && entry.bodyText.trim() === '' && !entry.impact) {
      // Everything typed was taken out again: no blank entry is left behind (it waits in the trash).
      void call(api.entries.delete({ id: entry.id })).finally(reload);
      return;
    }
    reload();
    if (entry && entry.occurredOn !== today && entry.occurredOn !== shiftDay(today, -1)) {
      showToast(`Saved for ${longDate(entry.occurredOn)}.`, {
        action: { label: 'Show in timeline', run: () => navigate(`/timeline?from=${entry.occurredOn}&to=${entry.occurredOn}`) },
      });
    }
  };

  const replace = (e: Entry) => setEntries((list) => list?.map((x) => (x.id === e.id ? e : x)) ?? null);
  const shown = (entries ?? []).filter((e) => e.id !== composing);
  const days = [today, shiftDay(today, -1)];

  return (
    <div className="page today">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Today</h1>
          <div className="subtitle">{longDate(today)}</div>
        </div>
        {streak !== null && streak > 0 && (
          <div className="streak" title="Days in a row with at least one entry">
            <strong>{streak}</strong>-day streak
          </div>
        )}
      </header>

      {welcome && total !== null && total <= 1 && (
        <Welcome
          hasExample={total === 1}
          onDismiss={() => {
            dismissWelcome();
            setWelcome(false);
          }}
        />
      )}

      <TodayReminders today={today} />
      <TodayVisibility today={today} />

      <Composer key={composerKey} today={today} autoFocus onEntry={onEntry} onDone={onDone} />

      {error && (
        <div className="notice notice-warning" role="alert">
          Could not load recent entries: {error}{' '}
          <button type="button" className="button-link" onClick={reload}>
            Try again
          </button>
        </div>
      )}

      {days.map((day) => {
        const list = shown.filter((e) => e.occurredOn === day);
        return (
          <section key={day} className="section day-section" aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`}>
              {dayLabel(day, new Date())}
              {list.length > 0 && <span className="muted small">{list.length === 1 ? '1 entry' : `${list.length} entries`}</span>}
            </h2>
            {entries === null ? null : list.length === 0 ? (
              <p className="muted day-empty">
                {day === today
                  ? 'Nothing else written today yet.'
                  : 'Nothing written for yesterday. To backfill, write above and choose “Yesterday” beside the text.'}
              </p>
            ) : (
              <div className="entry-list">
                {list.map((e) => (
                  <EntryCard key={e.id} entry={e} today={today} onChange={replace} onReload={reload} />
                ))}
              </div>
            )}
          </section>
        );
      })}
      <OnThisDay today={today} />
      <p className="muted small older-link">
        Older entries are in the <a href="#/timeline">timeline</a>.
      </p>
    </div>
  );
}
