import { useEffect, useState } from 'react';

/** Loads `fetcher` again whenever `deps` change (live updates bump one of them). */
export function useLoad<T>(
  fetcher: () => Promise<T>,
  deps: readonly unknown[],
  onError: (error: unknown) => void,
): { data: T | undefined; error: string | null; loading: boolean } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let current = true;
    setLoading(true);
    fetcher().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current) return;
        setError(e instanceof Error ? e.message : String(e));
        setLoading(false);
        onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, deps);
  return { data, error, loading };
}
