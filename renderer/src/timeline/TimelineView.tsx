import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, call } from '../api';
import { formatHash } from '../app/route';
import { navigate } from '../app/router';
import { ActivityHeatmap } from '../heatmap/ActivityHeatmap';
import { useToday } from '../ui/useToday';
import { FilterBar } from './FilterBar';
import { activeFilterCount, filtersFromQuery, filtersToInput, filtersToQuery, type TimelineFilters } from './filters';
import { toRows } from './rows';
import { type PageSource, useEntryPages } from './useEntryPages';
import { VirtualEntries } from './VirtualEntries';

const PAGE = 100;
const HEATMAP_KEY = 'scopebook.timeline.heatmap';

/** Every entry, newest first, grouped by day; filters and search live in the URL so back and forward work. */
export function TimelineView({ query }: { query: URLSearchParams }) {
  const today = useToday();
  const filters = useMemo(() => filtersFromQuery(query), [query]);
  const sort = query.get('sort') === 'recent' ? 'recent' : 'relevance';
  const key = `${filtersToQuery(filters)}|${sort}`;
  const searching = filters.q.trim() !== '';
  const [count, setCount] = useState<number | null>(null);
  const [showHeatmap, setShowHeatmap] = useState(() => localStorage.getItem(HEATMAP_KEY) !== 'hidden');

  const go = useCallback((next: TimelineFilters, nextSort: string, replace = false) => {
    const q = new URLSearchParams(filtersToQuery(next));
    if (next.q.trim() && nextSort === 'recent') q.set('sort', 'recent');
    navigate(formatHash(['timeline'], q), { replace });
  }, []);

  const source: PageSource = useMemo(() => {
    const input = filtersToInput(filters);
    if (filters.q.trim()) {
      return async (cursor) => {
        const page = await call(api.entries.search({ query: filters.q, sort, ...input, cursor, limit: PAGE }));
        return { items: page.items.map((h) => ({ entry: h.entry, snippet: h.snippet })), nextCursor: page.nextCursor };
      };
    }
    return async (cursor) => {
      const page = await call(api.entries.list({ ...input, cursor, limit: PAGE }));
      return { items: page.items.map((entry) => ({ entry })), nextCursor: page.nextCursor };
    };
    // `key` captures every input of the source.
  }, [key]);

  const pages = useEntryPages(source, key);
  const grouped = !searching || sort === 'recent';
  const rows = useMemo(() => toRows(pages.items, grouped), [pages.items, grouped]);

  useEffect(() => {
    let live = true;
    setCount(null);
    if (!searching) {
      call(api.entries.count(filtersToInput(filters)))
        .then((c) => live && setCount(c.count))
        .catch(() => live && setCount(null));
    }
    return () => {
      live = false;
    };
  }, [key]);

  // The search box types freely; the URL follows after a short pause (replacing, not piling up history).
  const [text, setText] = useState(filters.q);
  const typed = useRef(filters.q);
  useEffect(() => {
    if (filters.q !== typed.current) {
      typed.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);
  useEffect(() => {
    if (text === typed.current) return;
    const timer = setTimeout(() => {
      typed.current = text;
      go({ ...filters, q: text }, sort, true);
    }, 250);
    return () => clearTimeout(timer);
  }, [text, filters, sort, go]);

  const narrowed = activeFilterCount(filters) > 0;
  const status = searching
    ? pages.loading && pages.items.length === 0
      ? 'Searching…'
      : `${pages.items.length}${pages.done ? '' : '+'} ${pages.items.length === 1 ? 'match' : 'matches'}`
    : count === null
      ? ''
      : `${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'}${narrowed ? ' match these filters' : ''}`;

  const footer = pages.error ? (
    <div className="notice notice-warning" role="alert">
      Could not load entries: {pages.error}{' '}
      <button type="button" className="button-link" onClick={pages.loadMore}>
        Try again
      </button>
    </div>
  ) : pages.loading ? (
    <p className="muted">Loading…</p>
  ) : rows.length === 0 ? (
    <div className="empty">
      {searching ? (
        <>
          <h2>Nothing matches “{filters.q}”</h2>
          <p>Try fewer words, a word’s beginning followed by * (launch*), or clear the filters.</p>
        </>
      ) : narrowed ? (
        <>
          <h2>No entries match these filters</h2>
          <p>Clear a filter or two to see more.</p>
        </>
      ) : (
        <>
          <h2>Your timeline is empty</h2>
          <p>
            Everything you write on <a href="#/today">Today</a> appears here, newest first.
          </p>
        </>
      )}
    </div>
  ) : pages.done && rows.length > 12 ? (
    <p className="muted small list-end">That’s everything.</p>
  ) : null;

  return (
    <div className="timeline">
      <div className="timeline-head">
        <header className="page-header">
          <h1 tabIndex={-1}>Timeline</h1>
          <button
            type="button"
            className="button-link"
            aria-expanded={showHeatmap}
            onClick={() => {
              localStorage.setItem(HEATMAP_KEY, showHeatmap ? 'hidden' : 'shown');
              setShowHeatmap(!showHeatmap);
            }}
          >
            {showHeatmap ? 'Hide activity' : 'Show activity'}
          </button>
        </header>
        {showHeatmap && <ActivityHeatmap today={today} />}
        <div className="search-row" role="search">
          <input
            id="timeline-search"
            type="search"
            aria-label="Search entries"
            placeholder="Search words, “exact phrases”, prefix*, a OR b, -word   ( / )"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                setText('');
              }
            }}
          />
          {searching && (
            <select aria-label="Order of results" value={sort} onChange={(e) => go(filters, e.target.value)}>
              <option value="relevance">Best match first</option>
              <option value="recent">Newest first</option>
            </select>
          )}
        </div>
        <FilterBar filters={filters} onChange={(next) => go(next, sort)} />
        <div className="list-status muted small" role="status">
          {status}
        </div>
      </div>
      <VirtualEntries
        label={searching ? 'Search results' : 'Entries'}
        rows={rows}
        done={pages.done}
        loading={pages.loading}
        onNeedMore={pages.loadMore}
        footer={footer}
        dayOnRows={!grouped}
      />
    </div>
  );
}
