import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

/** One choice in a combobox. */
export interface ComboOption {
  id: string;
  label: string;
  hint?: string;
}

interface Props {
  /** Accessible name of the text box. */
  label: string;
  placeholder?: string;
  options: readonly ComboOption[];
  onSelect: (option: ComboOption) => void;
  /** Offer "Create …" for a query that matches nothing exactly. */
  onCreate?: (query: string) => void;
  createLabel?: (query: string) => string;
  className?: string;
  /** Cap on how many matches are listed. */
  max?: number;
}

/**
 * A text box with a filtered list under it (ARIA combobox pattern): type to filter,
 * arrows to move, Enter to choose, Escape to close. Used to add people and tags.
 */
export function Combobox({ label, placeholder, options, onSelect, onCreate, createLabel, className, max = 8 }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  const q = query.trim().toLocaleLowerCase();
  const matches = useMemo(() => {
    const found = options.filter((o) => o.label.toLocaleLowerCase().includes(q));
    found.sort((a, b) => Number(!a.label.toLocaleLowerCase().startsWith(q)) - Number(!b.label.toLocaleLowerCase().startsWith(q)));
    return found.slice(0, max);
  }, [options, q, max]);
  const exact = options.some((o) => o.label.toLocaleLowerCase() === q);
  const items: (ComboOption & { create?: boolean })[] = [
    ...matches,
    ...(onCreate && q !== '' && !exact
      ? [{ id: '__create__', label: createLabel ? createLabel(query.trim()) : `Create “${query.trim()}”`, create: true }]
      : []),
  ];
  const shown = open && items.length > 0;
  const activeIndex = Math.min(active, items.length - 1);

  const choose = (i: number) => {
    const item = items[i];
    if (!item) return;
    if (item.create) onCreate?.(query.trim());
    else onSelect(item);
    setQuery('');
    setActive(0);
    setOpen(false);
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (items.length ? (a + 1) % items.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (items.length ? (a - 1 + items.length) % items.length : 0));
    } else if (e.key === 'Enter') {
      if (shown) {
        e.preventDefault();
        choose(activeIndex);
      }
    } else if (e.key === 'Escape') {
      if (shown) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  return (
    <div className={`combobox ${className ?? ''}`}>
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${activeIndex}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!shown}>
        {items.map((item, i) => (
          <li
            key={item.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'is-active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span>{item.label}</span>
            {item.hint && <span className="muted"> · {item.hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
