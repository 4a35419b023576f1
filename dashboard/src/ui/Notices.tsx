import type { ReactNode } from 'react';
import type { ApiError } from '../api/http';

/** A problem from CareLoop in plain words: what happened and what to do. */
export function ProblemNotice({ error, onRetry }: { error?: ApiError; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{headline(error)}</strong>
      {advice(error) && <p>{advice(error)}</p>}
      {error.errors.length > 0 && (
        <ul>
          {error.errors.map((e) => <li key={e.field + e.message}>{fieldLabel(e.field)}: {e.message}</li>)}
        </ul>
      )}
      {onRetry && error.status !== 403 && error.status !== 404 && (
        <button type="button" className="button-secondary" onClick={onRetry}>Try again</button>
      )}
    </div>
  );
}

function headline(error: ApiError): string {
  if (error.status === 404) return 'Not found, or not yours to see';
  if (error.status === 503 || error.status === 504 || error.status === 0) return 'CareLoop is not answering right now';
  if (error.status === 429) return 'Too many requests at once';
  return error.title;
}

function advice(error: ApiError): string | undefined {
  if (error.status === 503 || error.status === 504) return 'Nothing was lost. Please try again in a moment.';
  if (error.status === 429) return 'Wait a second, then try again.';
  if (error.status === 404) return 'It may have been reassigned, or the link is wrong.';
  return error.detail;
}

function fieldLabel(field: string): string {
  const last = field.split('.').pop() ?? field;
  const text = last.replace(/([A-Z])/g, ' $1').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function Loading({ what }: { what: string }) {
  return <p className="loading" role="status" aria-live="polite">Loading {what}…</p>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

export function Badge({ tone, children }: { tone?: string; children: ReactNode }) {
  return <span className={`badge badge-${tone ?? 'neutral'}`}>{children}</span>;
}
