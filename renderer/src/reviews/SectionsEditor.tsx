import { useId, useState } from 'react';
import type { TemplateSection } from '../../../common/contract';
import { moveSection, setSectionEnabled } from './sections';

interface Props {
  sections: TemplateSection[];
  onChange: (sections: TemplateSection[]) => void;
  /** Sections that could be added (those of the built-in templates this list lacks). */
  addable?: readonly TemplateSection[];
}

/** The sections of the chosen template, in draft order: each can be turned off or moved up and down. */
export function SectionsEditor({ sections, onChange, addable = [] }: Props) {
  const id = useId();
  const [adding, setAdding] = useState('');
  const toAdd = addable.find((s) => s.id === adding) ?? addable[0];
  return (
    <>
    <ol className="review-sections" aria-label="Sections">
      {sections.map((s, i) => (
        <li key={s.id} className={s.enabled ? 'review-section' : 'review-section is-off'}>
          <label className="checkbox">
            <input type="checkbox" checked={s.enabled} onChange={(e) => onChange(setSectionEnabled(sections, s.id, e.target.checked))} />
            <span>
              <strong>{s.title}</strong>
              {!s.enabled && <span className="muted"> (off)</span>}
              {s.description && <span className="muted small review-section-desc">{s.description}</span>}
            </span>
          </label>
          <span className="review-section-move">
            <button
              type="button"
              className="icon-button"
              aria-label={`Move “${s.title}” up`}
              disabled={i === 0}
              onClick={() => onChange(moveSection(sections, i, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move “${s.title}” down`}
              disabled={i === sections.length - 1}
              onClick={() => onChange(moveSection(sections, i, 1))}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
    {toAdd && (
      <div className="review-section-add">
        <label className="field-label" htmlFor={`${id}-add`}>
          Add a section
        </label>
        <select id={`${id}-add`} value={toAdd.id} onChange={(e) => setAdding(e.target.value)}>
          {addable.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>{' '}
        <button type="button" className="button" onClick={() => onChange([...sections, toAdd])}>
          Add
        </button>
      </div>
    )}
    </>
  );
}
