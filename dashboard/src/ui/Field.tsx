import { useId, type ReactElement, cloneElement } from 'react';

/** A labelled form control with its hint and its error, wired for screen readers. */
export function Field({ label, hint, error, children, required }: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = hint ? id + '-hint' : undefined;
  const errorId = error ? id + '-error' : undefined;
  const control = cloneElement(children, {
    id,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      {control}
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </div>
  );
}

/** A form's send button (disabled while on its way) and its way out. */
export function FormButtons({ send, onCancel, sending = false, cancel = 'Cancel' }: {
  send: string; onCancel: () => void; sending?: boolean; cancel?: string;
}) {
  return (
    <div className="button-row">
      <button type="submit" disabled={sending}>{send}</button>
      <button type="button" className="button-secondary" onClick={onCancel}>{cancel}</button>
    </div>
  );
}
