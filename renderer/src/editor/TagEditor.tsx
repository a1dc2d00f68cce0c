import { useMemo } from 'react';
import type { TagCount } from '../../../common/contract';
import { Combobox } from '../ui/Combobox';
import { normaliseTag } from '../../../common/tags';

/** The entry's tags: #tags typed in the text appear here; add or remove them by hand too. */
export function TagEditor({ value, known, onChange }: { value: string[]; known: readonly TagCount[]; onChange: (tags: string[]) => void }) {
  const options = useMemo(
    () => known.filter((t) => !value.includes(t.name)).map((t) => ({ id: t.name, label: t.name, hint: String(t.count) })),
    [known, value],
  );
  const add = (raw: string) => {
    const tag = normaliseTag(raw);
    if (tag && tag.length <= 60 && !value.includes(tag)) onChange([...value, tag]);
  };
  return (
    <div className="tag-editor">
      <div className="field-label" id="tags-label">
        Tags
      </div>
      {value.length > 0 && (
        <ul className="chips" aria-labelledby="tags-label">
          {value.map((t) => (
            <li key={t} className="chip">
              #{t}
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove tag ${t}`}
                onClick={() => onChange(value.filter((v) => v !== t))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Combobox
        label="Add a tag"
        placeholder="Add a tag… (or #tag in the text)"
        options={options}
        onSelect={(o) => add(o.id)}
        onCreate={add}
        createLabel={(q) => `New tag #${normaliseTag(q)}`}
      />
    </div>
  );
}
