import { useId, useState } from 'react';
import type { Goal, StakeholderSummary, TagCount } from '../../../common/contract';
import { inFuture, longDate, shiftDay } from '../ui/dates';
import { FollowUpControl } from '../visibility/FollowUpControl';
import type { EntryMeta } from './entry-model';
import { SeenByPicker } from './SeenByPicker';
import { MeetingSuggestions } from '../evidence/MeetingSuggestions';
import { TagEditor } from './TagEditor';

interface Props {
  /** The saved entry's id, once there is one (follow-ups need it). */
  entryId?: string | null;
  meta: EntryMeta;
  today: string;
  people: readonly StakeholderSummary[];
  tags: readonly TagCount[];
  goals: readonly Goal[];
  onChange: (update: (m: EntryMeta) => EntryMeta) => void;
  onCreatePerson: (name: string) => void;
}

/** Everything about an entry beside its text: level, who saw it, date, star, impact, tags and goal. */
export function MetaPanel({ entryId, meta, today, people, tags, goals, onChange, onCreatePerson }: Props) {
  const id = useId();
  const yesterday = shiftDay(today, -1);
  const liveGoals = goals.filter((g) => g.status === 'active' || g.id === meta.goalId);
  // A day in the future is asked about once, right after it is picked (it may be a typo for last year).
  const [askFuture, setAskFuture] = useState<string | null>(null);
  const [keptFuture, setKeptFuture] = useState<ReadonlySet<string>>(() => new Set());
  const ahead = askFuture !== null && askFuture === meta.occurredOn ? inFuture(askFuture, today) : null;
  return (
    <aside className="meta-panel" aria-label="About this entry">
      <SeenByPicker
        value={meta.seenBy}
        people={people}
        onChange={(seenBy) => onChange((m) => ({ ...m, seenBy }))}
        onCreatePerson={onCreatePerson}
      />
      <MeetingSuggestions days={[meta.occurredOn]} seenBy={meta.seenBy} onAdd={(item) => onChange((m) => ({ ...m, seenBy: [...m.seenBy, item] }))} />

      <div className="field">
        <label className="field-label" htmlFor={`${id}-day`}>
          When it happened
        </label>
        <div className="day-row">
          <input
            id={`${id}-day`}
            type="date"
            value={meta.occurredOn}
            max="2999-12-31"
            onChange={(e) => {
              const v = e.target.value;
              if (!v) return;
              onChange((m) => ({ ...m, occurredOn: v }));
              setAskFuture(inFuture(v, today) && !keptFuture.has(v) ? v : null);
            }}
          />
          <button
            type="button"
            className="chip-button"
            aria-pressed={meta.occurredOn === today}
            onClick={() => onChange((m) => ({ ...m, occurredOn: today }))}
          >
            Today
          </button>
          <button
            type="button"
            className="chip-button"
            aria-pressed={meta.occurredOn === yesterday}
            onClick={() => onChange((m) => ({ ...m, occurredOn: yesterday }))}
          >
            Yesterday
          </button>
        </div>
        {meta.occurredOn !== today && <div className="muted small">{longDate(meta.occurredOn)}</div>}
        {ahead && askFuture && (
          <div className="notice notice-warning future-day" role="alert">
            <p>That is {ahead} — keep it?</p>
            <div className="notice-actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setKeptFuture((k) => new Set(k).add(askFuture));
                  setAskFuture(null);
                }}
              >
                Keep {longDate(askFuture)}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setAskFuture(null);
                  onChange((m) => ({ ...m, occurredOn: today }));
                }}
              >
                Use today
              </button>
            </div>
          </div>
        )}
      </div>

      <div className="field">
        <label className="field-label" htmlFor={`${id}-impact`}>
          Impact <span className="muted">(optional)</span>
        </label>
        <textarea
          id={`${id}-impact`}
          rows={2}
          maxLength={2000}
          placeholder="What changed because of it?"
          value={meta.impact}
          onChange={(e) => {
            const impact = e.target.value;
            onChange((m) => ({ ...m, impact }));
          }}
        />
      </div>

      <FollowUpControl today={today} entryId={entryId} />

      <TagEditor value={meta.tags} known={tags} onChange={(next) => onChange((m) => ({ ...m, tags: next }))} />

      <div className="field">
        <label className="field-label" htmlFor={`${id}-goal`}>
          Goal
        </label>
        <select
          id={`${id}-goal`}
          value={meta.goalId ?? ''}
          onChange={(e) => {
            const goalId = e.target.value || null;
            onChange((m) => ({ ...m, goalId }));
          }}
        >
          <option value="">No goal</option>
          {liveGoals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
      </div>

      <label className="check-row confidential-toggle">
        <input
          type="checkbox"
          checked={meta.confidential === true}
          onChange={(e) => {
            const confidential = e.target.checked;
            onChange((m) => ({ ...m, confidential }));
          }}
        />{' '}
        Confidential <span className="muted small">— never suggested to anyone, never in an update</span>
      </label>

      <button
        type="button"
        className={`star-toggle ${meta.starred ? 'is-on' : ''}`}
        aria-pressed={meta.starred}
        onClick={() => onChange((m) => ({ ...m, starred: !m.starred }))}
      >
        <span aria-hidden="true">{meta.starred ? '★' : '☆'}</span> {meta.starred ? 'Starred' : 'Star this entry'}
      </button>
    </aside>
  );
}
