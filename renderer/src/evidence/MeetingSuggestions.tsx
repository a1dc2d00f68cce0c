import { useEffect, useState } from 'react';
import type { MeetingPerson } from '../../../common/contract';
import { api, call } from '../api';
import type { SeenItem } from '../editor/entry-model';
import '../styles/evidence.css';

/**
 * "Met that day": people in the day's imported meetings (matched by their email addresses),
 * offered as who saw it with the channel Meeting. Nothing shows without calendar meetings.
 */
export function MeetingSuggestions({ days, seenBy, onAdd }: { days: readonly string[]; seenBy: readonly SeenItem[]; onAdd: (item: SeenItem) => void }) {
  const [met, setMet] = useState<MeetingPerson[]>([]);
  const key = [...new Set(days)].sort().join(',');
  useEffect(() => {
    let live = true;
    const list = key ? key.split(',') : [];
    void Promise.all(list.map((day) => call(api.evidence.meetingPeople({ day }))))
      .then((lists) => {
        if (!live) return;
        const by = new Map<string, MeetingPerson>();
        for (const p of lists.flat()) {
          const had = by.get(p.stakeholderId);
          by.set(p.stakeholderId, had ? { ...had, meetings: [...new Set([...had.meetings, ...p.meetings])] } : p);
        }
        setMet([...by.values()]);
      })
      .catch(() => live && setMet([]));
    return () => {
      live = false;
    };
  }, [key]);

  const offered = met.filter((p) => !seenBy.some((s) => s.stakeholderId === p.stakeholderId));
  if (offered.length === 0) return null;
  return (
    <div className="evidence-met" role="group" aria-label="Met in meetings that day">
      <span className="field-label">Met that day</span>
      {offered.map((p) => (
        <button
          key={p.stakeholderId}
          type="button"
          className="chip-button"
          title={`In: ${p.meetings.join(', ')}`}
          onClick={() => onAdd({ stakeholderId: p.stakeholderId, channel: 'meeting' })}
        >
          + {p.name} <span className="muted small">· {p.meetings[0]}{p.meetings.length > 1 ? ` +${p.meetings.length - 1}` : ''}</span>
        </button>
      ))}
    </div>
  );
}
