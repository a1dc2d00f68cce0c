import { useState } from 'react';
import '../styles/visibility.css';
import type { DueFollowUp } from '../../../common/contract';
import { api, call } from '../api';
import { showToast } from '../ui/toast';
import { FollowUpDue } from './FollowUpDue';
import { useLoad } from './useLoad';

/** What the visibility features put on Today: one nudge at a time, and the follow-ups that are due. */
export function TodayVisibility({ today }: { today: string }) {
  const nudge = useLoad(() => call(api.visibility.nudge({ today })), [today]);
  const due = useLoad(() => call(api.followups.due({ today })), [today]);
  const [dismissing, setDismissing] = useState(false);

  const dismiss = async (stakeholderId: string, name: string) => {
    setDismissing(true);
    try {
      await call(api.visibility.dismissNudge({ stakeholderId, today }));
      showToast(`No more nudges about ${name} this week.`);
      nudge.reload();
    } catch (e) {
      showToast(`Could not dismiss: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    } finally {
      setDismissing(false);
    }
  };

  const n = nudge.value;
  const items: DueFollowUp[] = due.value ?? [];
  if (!n && items.length === 0) return null;
  return (
    <div className="vis-today">
      {n && (
        <section className="notice notice-quiet vis-nudge" aria-label="Visibility nudge">
          <p>
            <strong>Worth showing:</strong> {n.text}
          </p>
          <div className="notice-actions">
            <a href={`#/entry/${n.entry.id}`}>Open the entry</a>
            <a href={`#/people/${n.stakeholderId}`}>See {n.name}</a>
            <a href={`#/visibility/update?person=${n.stakeholderId}`}>Prepare an update</a>
            <button type="button" className="button button-small" disabled={dismissing} onClick={() => void dismiss(n.stakeholderId, n.name)}>
              Dismiss for a week
            </button>
          </div>
        </section>
      )}
      {items.length > 0 && (
        <section className="vis-followups" aria-label="Results to follow up">
          <h2 className="vis-today-title">Results to follow up</h2>
          {items.map((d) => (
            <FollowUpDue key={d.followUp.entryId} due={d} today={today} onDone={due.reload} />
          ))}
        </section>
      )}
    </div>
  );
}
