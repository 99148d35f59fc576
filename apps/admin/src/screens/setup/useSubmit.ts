import { useState } from 'react';
import { problemOf, type Problem } from './problem';

/** A form's write: busy while it runs, and the API's problem when it is refused. */
export function useSubmit(onError: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setProblem(null);
    try {
      return await write();
    } catch (error) {
      setProblem(problemOf(error));
      onError(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run, clear: () => setProblem(null) };
}
