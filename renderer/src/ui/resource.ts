/**
 * Small shared caches for lists many views need (people, goals, tags): loaded once,
 * refreshed after a write, read with a hook that re-renders only when the list changes.
 */
import { useEffect, useSyncExternalStore } from 'react';

/** A cached list: `value` is null until the first load; `error` is the last failure's message. */
export interface ResourceState<T> {
  value: T | null;
  error: string | null;
  loading: boolean;
}

/** A cache with explicit refresh. */
export interface Resource<T> {
  get(): ResourceState<T>;
  /** Loads again (deduplicated while a load is running) and resolves with the fresh value. */
  refresh(): Promise<T | null>;
  subscribe(listener: () => void): () => void;
}

/** Creates a cache around a loader. */
export function createResource<T>(load: () => Promise<T>): Resource<T> {
  let state: ResourceState<T> = { value: null, error: null, loading: false };
  let running: Promise<T | null> | null = null;
  let again = false;
  const listeners = new Set<() => void>();
  const set = (next: ResourceState<T>) => {
    state = next;
    for (const l of listeners) l();
  };
  const refresh = (): Promise<T | null> => {
    if (running) {
      again = true; // a write happened during the load: load once more afterwards
      return running;
    }
    set({ ...state, loading: true });
    running = (async () => {
      try {
        const value = await load();
        set({ value, error: null, loading: false });
        return value;
      } catch (e) {
        set({ ...state, error: e instanceof Error ? e.message : String(e), loading: false });
        return state.value;
      } finally {
        running = null;
        if (again) {
          again = false;
          void refresh();
        }
      }
    })();
    return running;
  };
  return {
    get: () => state,
    refresh,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Reads a resource. Each component that needs it refreshes it when it appears (loads run
 * one at a time), so a list changed elsewhere — another window, the CLI — is never stale
 * for long, while the cached value shows at once.
 */
export function useResource<T>(resource: Resource<T>): ResourceState<T> {
  const state = useSyncExternalStore(resource.subscribe, resource.get);
  useEffect(() => {
    if (!resource.get().loading) void resource.refresh();
  }, [resource]);
  return state;
}
