import { useEffect, useRef, useState } from 'react';

/**
 * Loads `fetcher` again whenever `deps` or the live `version` change. A load started by a newer
 * version does not throw away an older one still in flight: under a burst of live changes each
 * answer is shown as it lands unless a newer one landed first, so a screen never waits for the
 * burst to end. A change of `deps` (another date, filter, booking) drops older answers at once.
 */
export function useLoad<T>(
  fetcher: () => Promise<T>,
  deps: readonly unknown[],
  onError: (error: unknown) => void,
  version = 0,
): { data: T | undefined; error: string | null; loading: boolean } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const alive = useRef(true);
  const started = useRef(0);
  const shown = useRef(0);
  const wanted = useRef('');
  const key = JSON.stringify(deps);
  wanted.current = key;
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    const seq = ++started.current;
    const current = () => alive.current && wanted.current === key && seq > shown.current;
    setLoading(true);
    fetcher().then(
      (value) => {
        if (!current()) return;
        shown.current = seq;
        setData(value);
        setError(null);
        if (seq === started.current) setLoading(false);
      },
      (e: unknown) => {
        if (!current()) return;
        shown.current = seq;
        setError(e instanceof Error ? e.message : String(e));
        if (seq === started.current) setLoading(false);
        onError(e);
      },
    );
  }, [key, version]);
  return { data, error, loading };
}
