import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Settings, Weekday } from '../../../common/contract/settings';
import { showToast } from '../ui/toast';
import { describedBy, Field } from './Field';
import { inWeekOrder, weekdayNames } from './format';
import type { SettingsState } from './use-settings';

/** The daily reminder and the weekly look-back: edited together, saved with one button. */
export function HabitSection({ settings, state }: { settings: Settings; state: SettingsState }) {
  const id = useId();
  const [form, setForm] = useState({ reminder: settings.reminder, weekly: settings.weekly });
  useEffect(() => setForm({ reminder: settings.reminder, weekly: settings.weekly }), [settings.reminder, settings.weekly]);
  const e = state.errors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await state.save(
      { reminder: { enabled: form.reminder.enabled, time: form.reminder.time.trim(), offered: true }, weekly: { ...form.weekly, time: form.weekly.time.trim() } },
      'reminder',
    );
    if (saved) showToast('Reminders saved');
  };

  return (
    <section className="section settings-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Daily habit</h2>
      <p className="settings-hint">
        A notification from the desktop app; never on a day you already wrote something. Times are your local time and follow
        you across time zones.
      </p>
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <div className="settings-row">
          <label className="checkbox settings-check">
            <input
              type="checkbox"
              checked={form.reminder.enabled}
              onChange={(ev) => setForm({ ...form, reminder: { ...form.reminder, enabled: ev.target.checked } })}
            />
            Remind me to write each day
          </label>
          <Field id={`${id}-time`} label="Reminder time (HH:MM)" error={e['reminder.time']}>
            <input
              id={`${id}-time`}
              type="text"
              inputMode="numeric"
              placeholder="17:30"
              className="settings-time"
              value={form.reminder.time}
              onChange={(ev) => setForm({ ...form, reminder: { ...form.reminder, time: ev.target.value } })}
              {...describedBy(`${id}-time`, e['reminder.time'])}
            />
          </Field>
        </div>
        <div className="settings-row">
          <label className="checkbox settings-check">
            <input
              type="checkbox"
              checked={form.weekly.enabled}
              onChange={(ev) => setForm({ ...form, weekly: { ...form.weekly, enabled: ev.target.checked } })}
            />
            Prompt me to look back at my week
          </label>
          <Field id={`${id}-wday`} label="Look-back day" error={e['weekly.day']}>
            <select
              id={`${id}-wday`}
              value={form.weekly.day}
              onChange={(ev) => setForm({ ...form, weekly: { ...form.weekly, day: Number(ev.target.value) as Weekday } })}
            >
              {inWeekOrder(weekdayNames(settings.locale), settings.weekStartsOn).map(({ name, day }) => (
                <option key={day} value={day}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-wtime`} label="Look-back time (HH:MM)" error={e['weekly.time']}>
            <input
              id={`${id}-wtime`}
              type="text"
              inputMode="numeric"
              placeholder="16:00"
              className="settings-time"
              value={form.weekly.time}
              onChange={(ev) => setForm({ ...form, weekly: { ...form.weekly, time: ev.target.value } })}
              {...describedBy(`${id}-wtime`, e['weekly.time'])}
            />
          </Field>
        </div>
        <div className="notice-actions settings-actions">
          <button type="submit" className="button button-primary">
            Save reminders
          </button>
        </div>
      </form>
    </section>
  );
}
