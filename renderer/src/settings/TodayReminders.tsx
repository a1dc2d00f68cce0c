import { useEffect, useState } from 'react';
import type { TodayPrompts } from '../../../common/contract/settings';
import { api } from '../api';
import { navigate } from '../app/router';
import { longDate } from '../ui/dates';
import { showToast } from '../ui/toast';
import '../styles/settings.css';

/** "in 9 days", "tomorrow", "today". */
function when(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/**
 * What the habit puts on Today: the review-cycle banner (two weeks before a review, with the
 * period since the last cycle to draft from) and, once, the offer of a daily reminder.
 */
export function TodayReminders({ today }: { today: string }) {
  const [prompts, setPrompts] = useState<TodayPrompts | null>(null);
  useEffect(() => {
    let live = true;
    void api.settings.prompts({ today }).then((r) => {
      if (live && r.ok) setPrompts(r.value);
    });
    return () => {
      live = false;
    };
  }, [today]);

  const answerOffer = async (enabled: boolean) => {
    const r = await api.settings.update({ reminder: enabled ? { enabled: true, offered: true } : { offered: true } });
    if (!r.ok) {
      showToast(r.error.message, { tone: 'error' });
      return;
    }
    setPrompts((p) => (p ? { ...p, offerReminder: false } : p));
    showToast(
      enabled ? `You will be reminded at ${r.value.reminder.time} on days with no entry (desktop app). Change it in Settings.` : 'No reminders. You can turn them on in Settings.',
    );
  };

  if (!prompts) return null;
  const cycle = prompts.cycle;
  return (
    <>
      {cycle?.dueSoon && cycle.next && cycle.daysUntil !== null && (
        <section className="notice notice-warning today-prompt" aria-label="Review cycle">
          <p>
            <strong>
              Your review cycle starts {when(cycle.daysUntil)}
              {cycle.daysUntil > 1 ? ` (${longDate(cycle.next)})` : ''}
            </strong>{' '}
            — draft it from the work since the last cycle, {longDate(cycle.period.from)} to {longDate(cycle.period.to)}.
          </p>
          <div className="notice-actions">
            <button type="button" className="button button-primary" onClick={() => navigate('/reviews/new?period=this-cycle')}>
              Draft my review
            </button>
          </div>
        </section>
      )}
      {prompts.offerReminder && (
        <section className="notice notice-quiet today-prompt" aria-label="Daily reminder">
          <p>Writing takes a minute a day. Would you like a gentle reminder on days you have not written anything?</p>
          <div className="notice-actions">
            <button type="button" className="button button-primary" onClick={() => void answerOffer(true)}>
              Remind me each day
            </button>
            <button type="button" className="button" onClick={() => void answerOffer(false)}>
              No, thanks
            </button>
            <a href="#/settings">Choose a time</a>
          </div>
        </section>
      )}
    </>
  );
}
