import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/http';

export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  /** Loads again, keeping what is shown until the new answer arrives (no flicker on live updates). */
  reload: () => void;
}

/** Loads what a page shows; answers that arrive after the page moved on are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error) => mine === generation.current && setState((s) => ({ data: s.data, error: asApiError(error), loading: false })),
    );
  }, [run]);

  useEffect(() => {
    setState({ loading: true });
    reload();
  }, [reload]);

  return { ...state, reload };
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'Something went wrong', String(error));
}

/** Sends a form's change: the problem if the service refused it, and whether it is on its way (to disable Send). */
export function useSubmit() {
  const [problem, setProblem] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const submit = async (change: () => Promise<unknown>) => {
    setProblem(undefined);
    setSending(true);
    try {
      await change();
    } catch (error) {
      setProblem(asApiError(error));
    } finally {
      setSending(false);
    }
  };
  return { problem, sending, submit };
}
