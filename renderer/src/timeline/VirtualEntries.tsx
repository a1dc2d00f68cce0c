import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { dayDetail, dayLabel, longDate } from '../ui/dates';
import { EntryRow } from './EntryRow';
import type { TimelineRow } from './rows';

interface Props {
  rows: TimelineRow[];
  done: boolean;
  loading: boolean;
  onNeedMore: () => void;
  /** Shown after the last row (end of list, errors). */
  footer?: ReactNode;
  /** Show the day on each row (search by relevance has no day headings). */
  dayOnRows?: boolean;
  label: string;
}

/**
 * The timeline's virtual list: only the rows on screen exist in the page, so a journal of
 * 100,000 entries scrolls like one of ten. Pages load as the end comes near; ↑/↓ move
 * between entries.
 */
export function VirtualEntries({ rows, done, loading, onNeedMore, footer, dayOnRows, label }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const now = new Date();
  const virtualizer = useVirtualizer({
    count: rows.length + 1,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (i >= rows.length ? 64 : rows[i]!.kind === 'day' ? 44 : 104),
    getItemKey: (i) => rows[i]?.key ?? '__footer__',
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? items[items.length - 1]!.index : 0;

  useEffect(() => {
    if (!done && !loading && lastIndex >= rows.length - 25) onNeedMore();
  }, [lastIndex, rows.length, done, loading, onNeedMore]);

  const focusRow = (index: number, tries = 6) => {
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] [data-entry-link]`);
    if (el) el.focus();
    else if (tries > 0) requestAnimationFrame(() => focusRow(index, tries - 1));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const holder = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!holder || !(e.target as HTMLElement).matches('[data-entry-link]')) return;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    let i = Number(holder.dataset.index) + step;
    while (i >= 0 && i < rows.length && rows[i]!.kind !== 'entry') i += step;
    if (i < 0 || i >= rows.length) return;
    e.preventDefault();
    virtualizer.scrollToIndex(i, { align: 'auto' });
    focusRow(i);
  };

  return (
    <div ref={scroller} className="virtual-scroll" aria-label={label} role="region" onKeyDown={onKeyDown}>
      <div className="virtual-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const row = rows[v.index];
          return (
            <div
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              className="virtual-row"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {row === undefined ? (
                <div className="list-footer">{footer}</div>
              ) : row.kind === 'day' ? (
                <h2 className="day-heading" title={longDate(row.day)}>
                  {dayLabel(row.day, now)}
                  {dayDetail(row.day, now) && <span className="muted small">{dayDetail(row.day, now)}</span>}
                </h2>
              ) : (
                <EntryRow entry={row.entry} snippet={row.snippet} showDay={dayOnRows ? dayLabel(row.entry.occurredOn, now) : undefined} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
