import { useMemo } from 'react';
import type { StakeholderSummary } from '../../../common/contract';
import { CHANNEL_LABELS, CHANNELS, type Channel, DIRECTION_INFO } from '../../../common/vocabulary';
import { Combobox } from '../ui/Combobox';
import type { SeenItem } from './entry-model';

interface Props {
  value: SeenItem[];
  people: readonly StakeholderSummary[];
  onChange: (next: SeenItem[]) => void;
  onCreatePerson: (name: string) => void;
}

/** Who saw this work, and how: people mentioned with @ appear here; add, remove or set the channel by hand. */
export function SeenByPicker({ value, people, onChange, onCreatePerson }: Props) {
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const options = useMemo(
    () =>
      people
        .filter((p) => p.archivedAt === null && !value.some((v) => v.stakeholderId === p.id))
        .map((p) => ({ id: p.id, label: p.name, hint: DIRECTION_INFO[p.direction].label })),
    [people, value],
  );

  const setChannel = (id: string, channel: Channel | null) =>
    onChange(value.map((v) => (v.stakeholderId === id ? { ...v, channel } : v)));

  return (
    <div className="seen-by">
      <div className="field-label" id="seen-by-label">
        Who saw it
      </div>
      {value.length === 0 ? (
        <p className="muted small">Nobody yet. Type @ in the text, or add someone here.</p>
      ) : (
        <ul className="seen-list" aria-labelledby="seen-by-label">
          {value.map((s) => {
            const person = byId.get(s.stakeholderId);
            const name = person?.name ?? 'Someone';
            return (
              <li key={s.stakeholderId} className="seen-item">
                <span className="seen-name">
                  {name}
                  {person && <span className="muted small"> · {DIRECTION_INFO[person.direction].label}</span>}
                </span>
                <select
                  aria-label={`How ${name} saw it`}
                  value={s.channel ?? ''}
                  onChange={(e) => setChannel(s.stakeholderId, (e.target.value || null) as Channel | null)}
                >
                  <option value="">Channel…</option>
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {CHANNEL_LABELS[c]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(value.filter((v) => v.stakeholderId !== s.stakeholderId))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Combobox
        label="Add a person who saw it"
        placeholder="Add a person…"
        options={options}
        onSelect={(o) => onChange([...value, { stakeholderId: o.id, channel: null }])}
        onCreate={onCreatePerson}
        createLabel={(q) => `Add “${q}” as a new person`}
      />
    </div>
  );
}
