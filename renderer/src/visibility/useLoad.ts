/** Loading one thing from the journal for a view: value, error, and a way to load again. */
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  value: T | null;
  error: string | null;
  reload: () => void;
}

/** Runs `load` when `deps` change (only the latest answer is kept). */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  // The caller lists what `load` depends on, as with useEffect.
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    const mine = ++latest.current;
    run()
      .then((v) => {
        if (mine !== latest.current) return;
        setValue(v);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine === latest.current) setError(e instanceof Error ? e.message : String(e));
      });
  }, [run]);
  useEffect(reload, [reload]);
  return { value, error, reload };
}
