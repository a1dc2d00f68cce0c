import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { DIRECTION_INFO } from '../../../common/vocabulary';
import type { MentionItem } from './mention-items';

/** What the suggestion plugin calls on key presses while the list is open. */
export interface MentionListHandle {
  onKeyDown: (event: KeyboardEvent) => boolean;
}

/** Props given by the suggestion plugin. */
export type MentionListProps = {
  items: MentionItem[];
  query: string;
  command: (item: MentionItem) => void;
  ref?: Ref<MentionListHandle>;
};

/** The `@` type-ahead: people matching what follows the @, and a way to add someone new. */
export function MentionList({ items, query, command, ref }: MentionListProps) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [items]);
  // The list opens under the caret, often under a pointer that is resting there; the browser
  // then reports hover (and moves at the same spot) without the user touching the mouse. Only
  // a pointer that really moved may take the selection from the keyboard, or Enter would pick
  // whatever happened to open under it.
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const hover = (i: number, e: { clientX: number; clientY: number }) => {
    const last = pointer.current;
    pointer.current = { x: e.clientX, y: e.clientY };
    if (last && (last.x !== e.clientX || last.y !== e.clientY)) setActive(i);
  };

  useImperativeHandle(ref, () => ({
    onKeyDown(event: KeyboardEvent) {
      if (items.length === 0) return false;
      if (event.key === 'ArrowDown') {
        setActive((a) => (a + 1) % items.length);
        return true;
      }
      if (event.key === 'ArrowUp') {
        setActive((a) => (a - 1 + items.length) % items.length);
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = items[Math.min(active, items.length - 1)];
        if (item) command(item);
        return true;
      }
      return false;
    },
  }));

  return (
    <div className="mention-list" role="listbox" aria-label="People to mention">
      {items.length === 0 && <div className="mention-empty">Type a name to mention someone{query ? '' : '…'}</div>}
      {items.map((item, i) => (
        <div
          key={item.kind === 'person' ? item.id : `new:${item.name}`}
          role="option"
          aria-selected={i === active}
          className={`mention-option ${i === active ? 'is-active' : ''}`}
          onMouseDown={(e) => {
            e.preventDefault();
            command(item);
          }}
          onMouseMove={(e) => hover(i, e)}
        >
          {item.kind === 'person' ? (
            <>
              <span>{item.name}</span>
              <span className="muted">
                {' '}
                · {item.role ? `${item.role}, ` : ''}
                {DIRECTION_INFO[item.direction].label.toLocaleLowerCase()}
              </span>
            </>
          ) : (
            <span>
              Add “{item.name}” as a new person <span className="muted">(sideways; change it on their page)</span>
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
