import { useCallback, useEffect, useRef, useState } from 'react';

/** The state of something loaded from the API. */
export type Resource<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: Error };

/**
 * Loads `load()` whenever `key` changes and keeps the latest answer; a stale answer (from an earlier key)
 * is dropped. `reload` asks again with the same key and keeps showing what it had meanwhile, so a view that
 * reloads after a save (set-up) is not taken off the screen with its "Saved" note and focus.
 */
export function useResource<T>(key: string, load: () => Promise<T>): [Resource<T>, () => void] {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const loadedKey = useRef<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const isRefresh = loadedKey.current === key;
    loadedKey.current = key;
    if (!isRefresh) setState({ status: 'loading' });
    else setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    load().then(
      (data) => isCurrent && setState({ status: 'ready', data }),
      (error: unknown) =>
        isCurrent &&
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      isCurrent = false;
    };
    // `load` is a new closure on each render, so `key` (what it loads) decides when to load again.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
