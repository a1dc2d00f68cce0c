import { useId, useState } from 'react';
import type { Goal } from '../../../common/contract';
import { GOAL_STATUSES, type GoalStatus } from '../../../common/vocabulary';
import { api, call } from '../api';
import { useConfirm } from '../ui/confirm';
import { longDate } from '../ui/dates';
import { EditableField } from '../ui/EditableField';
import { useResource } from '../ui/resource';
import { goalsStore } from '../ui/stores';
import { showToast } from '../ui/toast';

const STATUS_LABELS: Record<GoalStatus, string> = { active: 'Active', done: 'Done', dropped: 'Dropped' };

function AddGoalForm() {
  const id = useId();
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    try {
      await call(api.goals.create({ title, periodStart: from || null, periodEnd: to || null }));
      await goalsStore.refresh();
      setTitle('');
      setFrom('');
      setTo('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form
      className="add-goal"
      aria-label="Add a goal"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field add-goal-title">
        <label className="field-label" htmlFor={`${id}-title`}>
          New goal
        </label>
        <input
          id={`${id}-title`}
          type="text"
          maxLength={200}
          placeholder="e.g. Cut release time in half"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-from`}>
          From <span className="muted">(optional)</span>
        </label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-to`}>
          Until <span className="muted">(optional)</span>
        </label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <button type="submit" className="button button-primary">
        Add goal
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function GoalItem({ goal, onDelete }: { goal: Goal; onDelete: (g: Goal) => void }) {
  const id = useId();
  const save = async (patch: Omit<Parameters<typeof api.goals.update>[0], 'id'>) => {
    await call(api.goals.update({ id: goal.id, ...patch }));
    await goalsStore.refresh();
  };
  const period =
    goal.periodStart || goal.periodEnd
      ? `${goal.periodStart ? longDate(goal.periodStart) : '…'} – ${goal.periodEnd ? longDate(goal.periodEnd) : '…'}`
      : null;
  return (
    <li className={`goal goal-${goal.status}`}>
      <div className="goal-head">
        <div className="goal-title-field">
          <EditableField label="Goal" value={goal.title} maxLength={200} onCommit={(title) => save({ title })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-status`}>
            Status
          </label>
          <select
            id={`${id}-status`}
            value={goal.status}
            onChange={(e) =>
              void save({ status: e.target.value as GoalStatus }).catch((err: unknown) =>
                showToast(`Not saved: ${err instanceof Error ? err.message : String(err)}`, { tone: 'error' }),
              )
            }
          >
            {GOAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <EditableField
        label="Description"
        multiline
        rows={2}
        maxLength={5000}
        value={goal.description ?? ''}
        placeholder="What success looks like"
        onCommit={(description) => save({ description })}
      />
      <div className="goal-foot">
        <span className="muted small">
          {period && <>{period} · </>}
          {goal.entryCount === 0 ? (
            'No entries linked yet'
          ) : (
            <a href={`#/timeline?goal=${goal.id}`}>
              {goal.entryCount} {goal.entryCount === 1 ? 'entry' : 'entries'}
            </a>
          )}
        </span>
        <button type="button" className="button-link" onClick={() => onDelete(goal)}>
          Delete goal
        </button>
      </div>
    </li>
  );
}

/** Goals and objectives that entries can serve; an entry links to one from beside the editor. */
export function GoalsView() {
  const { value, error } = useResource(goalsStore);
  const { ask, dialog } = useConfirm();

  const remove = async (goal: Goal) => {
    const ok = await ask({
      title: `Delete “${goal.title}”?`,
      body: <p>Its {goal.entryCount === 1 ? 'entry stays' : 'entries stay'} in your journal, no longer linked to a goal.</p>,
      confirm: 'Delete goal',
    });
    if (!ok) return;
    try {
      await call(api.goals.delete({ id: goal.id }));
      await goalsStore.refresh();
    } catch (e) {
      showToast(`Could not delete: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };

  return (
    <div className="page page-narrow goals">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Goals</h1>
          <div className="subtitle">Objectives your work serves. Link an entry to one from beside the editor.</div>
        </div>
      </header>
      <AddGoalForm />
      {error && (
        <div className="notice notice-warning" role="alert">
          Could not load goals: {error}
        </div>
      )}
      {value && value.length === 0 && (
        <p className="muted empty-hint">
          No goals yet. Add this cycle’s objectives, and the self-review can show which entries moved each one.
        </p>
      )}
      {value &&
        GOAL_STATUSES.map((status) => {
          const list = value.filter((g) => g.status === status);
          if (list.length === 0) return null;
          return (
            <section key={status} className="section" aria-labelledby={`goals-${status}`}>
              <h2 id={`goals-${status}`}>{STATUS_LABELS[status]}</h2>
              <ul className="goal-list">
                {list.map((g) => (
                  <GoalItem key={g.id} goal={g} onDelete={(x) => void remove(x)} />
                ))}
              </ul>
            </section>
          );
        })}
      {dialog}
    </div>
  );
}
