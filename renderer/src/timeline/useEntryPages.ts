/** Cursor paging for entry lists: the first page on a new query, more pages on demand, stale answers ignored. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { touches } from '../../../common/contract/events';
import { onJournalChange } from '../api';
import type { ListedEntry } from './rows';

/** Loads one page; `cursor` is undefined for the first. */
export type PageSource = (cursor: string | undefined) => Promise<{ items: ListedEntry[]; nextCursor: string | null }>;

export interface PagedEntries {
  items: ListedEntry[];
  loading: boolean;
  error: string | null;
  done: boolean;
  loadMore: () => void;
  reload: () => void;
}

/** How long a burst of writes (autosaves in another window) is gathered before one reload. */
const CHANGE_DEBOUNCE_MS = 300;

/**
 * Pages through `source`; starts over whenever `key` changes, and when entries change anywhere
 * (this window, another window, quick capture, an import or restore) while the list is shown.
 */
export function useEntryPages(source: PageSource, key: string): PagedEntries {
  const [items, setItems] = useState<ListedEntry[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const generation = useRef(0);
  const cursor = useRef<string | null | undefined>(undefined);
  const busy = useRef(false);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  const fetchPage = useCallback((reset: boolean) => {
    if (reset) {
      generation.current += 1;
      cursor.current = undefined;
      busy.current = false;
    }
    if (busy.current || cursor.current === null) return;
    const gen = generation.current;
    busy.current = true;
    setLoading(true);
    sourceRef
      .current(cursor.current)
      .then((page) => {
        if (gen !== generation.current) return;
        cursor.current = page.nextCursor;
        setItems((prev) => (reset ? page.items : [...prev, ...page.items]));
        setDone(page.nextCursor === null);
        setError(null);
      })
      .catch((e: unknown) => {
        if (gen === generation.current) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (gen === generation.current) {
          busy.current = false;
          setLoading(false);
        }
      });
  }, []);

  useEffect(() => {
    setItems([]);
    setDone(false);
    fetchPage(true);
  }, [key, fetchPage]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onJournalChange((event) => {
      if (!touches(event, ['entries', 'people', 'goals', 'tags'])) return;
      clearTimeout(timer);
      timer = setTimeout(() => fetchPage(true), CHANGE_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [fetchPage]);

  return {
    items,
    loading,
    error,
    done,
    loadMore: useCallback(() => fetchPage(false), [fetchPage]),
    reload: useCallback(() => fetchPage(true), [fetchPage]),
  };
}
