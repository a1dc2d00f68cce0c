import { useId, useState } from 'react';
import { LEVEL_INFO, OWNERSHIP_LEVELS } from '../../../common/vocabulary';
import { Combobox } from '../ui/Combobox';
import { useResource } from '../ui/resource';
import { goalsStore, peopleStore, tagsStore } from '../ui/stores';
import { activeFilterCount, NO_FILTERS, type TimelineFilters } from './filters';

interface Props {
  filters: TimelineFilters;
  onChange: (next: TimelineFilters) => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Narrowing the timeline: levels and starred at hand, people, tags, goal and dates one click away. */
export function FilterBar({ filters, onChange }: Props) {
  const id = useId();
  const hasMore = filters.people.length + filters.tags.length > 0 || !!filters.goal || !!filters.from || !!filters.to;
  const [open, setOpen] = useState(hasMore);
  const count = activeFilterCount(filters);

  return (
    <div className="filter-bar">
      <div className="filter-row" role="group" aria-label="Ownership levels">
        {OWNERSHIP_LEVELS.map((l) => (
          <button
            key={l}
            type="button"
            className={`chip-button level-chip level-${l}`}
            aria-pressed={filters.levels.includes(l)}
            onClick={() => onChange({ ...filters, levels: OWNERSHIP_LEVELS.filter((x) => toggle(filters.levels, l).includes(x)) })}
          >
            <span aria-hidden="true">{LEVEL_INFO[l].glyph}</span> {LEVEL_INFO[l].label}
          </button>
        ))}
        <button
          type="button"
          className="chip-button"
          aria-pressed={filters.starred}
          onClick={() => onChange({ ...filters, starred: !filters.starred })}
        >
          <span aria-hidden="true">★</span> Starred
        </button>
        <button
          type="button"
          className="button-link"
          aria-expanded={open || hasMore}
          aria-controls={`${id}-more`}
          onClick={() => setOpen((o) => !o)}
        >
          {open || hasMore ? 'Fewer filters' : 'More filters'}
        </button>
        {count > 0 && (
          <button type="button" className="button-link" onClick={() => onChange({ ...NO_FILTERS, q: filters.q })}>
            Clear {count === 1 ? 'filter' : `${count} filters`}
          </button>
        )}
      </div>

      <div id={`${id}-more`} className="filter-more" hidden={!(open || hasMore)}>
        {(open || hasMore) && <MoreFilters id={id} filters={filters} onChange={onChange} />}
      </div>
    </div>
  );
}

/**
 * People, tags, goal and dates. Mounted only when shown: the lists it loads cost a few hundred
 * ms on a journal of 100,000 entries, and the host answers one call at a time, so loading them
 * with the timeline held back its first rows (bench/README.md, ui.first-rows).
 */
function MoreFilters({ id, filters, onChange }: Props & { id: string }) {
  const people = useResource(peopleStore).value ?? [];
  const tags = useResource(tagsStore).value ?? [];
  const goals = useResource(goalsStore).value ?? [];
  const name = (pid: string) => people.find((p) => p.id === pid)?.name ?? 'Someone';
  return (
    <>
      <div className="filter-field">
        <span className="field-label">People</span>
        {filters.people.length > 0 && (
          <ul className="chips" aria-label="People filtered on">
            {filters.people.map((pid) => (
              <li key={pid} className="chip">
                {name(pid)}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Stop filtering on ${name(pid)}`}
                  onClick={() => onChange({ ...filters, people: filters.people.filter((x) => x !== pid) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <Combobox
          label="Filter by person who saw it"
          placeholder="Seen by…"
          options={people.filter((p) => !filters.people.includes(p.id)).map((p) => ({ id: p.id, label: p.name }))}
          onSelect={(o) => onChange({ ...filters, people: [...filters.people, o.id] })}
        />
      </div>

      <div className="filter-field">
        <span className="field-label">Tags</span>
        {filters.tags.length > 0 && (
          <ul className="chips" aria-label="Tags filtered on">
            {filters.tags.map((t) => (
              <li key={t} className="chip">
                #{t}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Stop filtering on tag ${t}`}
                  onClick={() => onChange({ ...filters, tags: filters.tags.filter((x) => x !== t) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <Combobox
          label="Filter by tag"
          placeholder="Tag…"
          options={tags.filter((t) => !filters.tags.includes(t.name)).map((t) => ({ id: t.name, label: t.name, hint: String(t.count) }))}
          onSelect={(o) => onChange({ ...filters, tags: [...filters.tags, o.id] })}
        />
      </div>

      <div className="filter-field">
        <label className="field-label" htmlFor={`${id}-goal`}>
          Goal
        </label>
        <select id={`${id}-goal`} value={filters.goal ?? ''} onChange={(e) => onChange({ ...filters, goal: e.target.value || null })}>
          <option value="">Any goal</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
      </div>

      <div className="filter-field filter-dates">
        <span className="field-label">Dates</span>
        <div className="day-row">
          <input
            type="date"
            aria-label="From"
            value={filters.from ?? ''}
            onChange={(e) => onChange({ ...filters, from: e.target.value || null })}
          />
          <span className="muted">to</span>
          <input type="date" aria-label="To" value={filters.to ?? ''} onChange={(e) => onChange({ ...filters, to: e.target.value || null })} />
        </div>
      </div>
    </>
  );
}
