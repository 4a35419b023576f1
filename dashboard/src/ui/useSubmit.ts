import { useState } from 'react';
import type { ApiError } from '../api/http';
import { asApiError } from './useLoad';

/** A form's messages by field, from its own checks. */
export type FieldErrors = Partial<Record<string, string>>;

export interface Submission<T> {
  /** The form's own rules, checked before anything is sent; any message keeps the change from being sent. */
  check?: () => FieldErrors;
  /** The call to the service. */
  send: () => Promise<T>;
  /** What follows the service's yes: close the form, reload, go to what was made. */
  onDone?: (result: T) => void;
}

/**
 * How every form sends a change: its own checks first, then the call, with the send button disabled while it is
 * on its way; a refusal comes back as the service's problem details, shown above the form (ProblemNotice) and
 * beside each field the service named.
 *
 * `submit(submission)` is the handler for the form's onSubmit (or a button's onClick).
 */
export function useSubmit() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError>();
  const [sending, setSending] = useState(false);

  const submit = <T>({ check, send, onDone }: Submission<T>) => async (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    if (sending) return;
    const found = check?.() ?? {};
    setErrors(found);
    setProblem(undefined);
    if (Object.values(found).some(Boolean)) return;
    setSending(true);
    let result: T;
    try {
      result = await send();
    } catch (error) {
      setProblem(asApiError(error));
      return;
    } finally {
      setSending(false);
    }
    onDone?.(result);
  };

  /** The message for a field: the form's own first, then the service's (which may name it differently). */
  const fieldError = (field: string, serviceField = field): string | undefined =>
    errors[field] ?? problem?.fieldMessage(serviceField);

  return { submit, sending, problem, errors, fieldError };
}
