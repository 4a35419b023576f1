import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from '../api/http';

export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  /** Loads again, keeping what is shown until the new answer arrives (no flicker on live updates). */
  reload: () => void;
}

interface State<T> {
  /** The dependencies the data was loaded for. */
  key: string;
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/**
 * Loads what a page shows, again whenever one of `deps` (ids, filters, a page number) changes; answers that arrive
 * after the page moved on are dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const key = JSON.stringify(deps);
  const [state, setState] = useState<State<T>>({ key, loading: true });
  const [generation, setGeneration] = useState(0);
  const loadNow = useEffectEvent(load);

  if (state.key !== key) {
    // another case, another filter: what was shown is not the answer any more
    setState({ key, loading: true });
  }

  useEffect(() => {
    let current = true;
    loadNow().then(
      (data) => current && setState({ key, data, loading: false }),
      (error) => current && setState((s) => ({ key, data: s.data, error: asApiError(error), loading: false })),
    );
    return () => { current = false; };
  }, [key, generation]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    setGeneration((g) => g + 1);
  }, []);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'Something went wrong', String(error));
}
