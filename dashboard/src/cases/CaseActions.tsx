import { useState } from 'react';
import { api } from '../api/careloop';
import type { CareCase } from '../api/types';
import { Field, FormButtons } from '../ui/Field';
import { today } from '../ui/format';
import { latestDay, serviceDayHint, useServiceDay } from '../ui/serviceDay';
import { ProblemNotice } from '../ui/Notices';
import { ReassignForm } from '../ui/ReassignForm';
import { hasRole, useMe } from '../ui/session';
import { useSubmit } from '../ui/useSubmit';
import { lifecycleActions, type LifecycleAction } from './lifecycle';

/** The lifecycle moves open to this case, each confirmed in a small form before it is sent. */
export function CaseActions({ careCase, onChanged }: { careCase: CareCase; onChanged: () => void }) {
  const me = useMe();
  const [chosen, setChosen] = useState<LifecycleAction>();
  const [reassigning, setReassigning] = useState(false);
  const actions = lifecycleActions(careCase);
  return (
    <div className="case-actions">
      <div className="button-row" role="group" aria-label="Case actions">
        {actions.map((a) => (
          <button key={a.to} type="button" className="button-secondary"
            aria-expanded={chosen?.to === a.to} onClick={() => { setChosen(a); setReassigning(false); }}>
            {a.label}
          </button>
        ))}
        {hasRole(me, 'supervisor') && careCase.status !== 'CLOSED' && (
          <button type="button" className="button-secondary" aria-expanded={reassigning}
            onClick={() => { setReassigning(true); setChosen(undefined); }}>Reassign</button>
        )}
      </div>
      {chosen && (
        <StatusChangeForm key={chosen.to} careCase={careCase} action={chosen} onCancel={() => setChosen(undefined)}
          onDone={() => { setChosen(undefined); onChanged(); }} />
      )}
      {reassigning && (
        <ReassignForm careCase={careCase} onCancel={() => setReassigning(false)}
          onDone={() => { setReassigning(false); onChanged(); }} />
      )}
    </div>
  );
}

export function StatusChangeForm({ careCase, action, onCancel, onDone }: {
  careCase: CareCase; action: LifecycleAction; onCancel: () => void; onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const [noSupportReason, setNoSupportReason] = useState('');
  const day = useServiceDay();
  const [dateOfDeath, setDateOfDeath] = useState(today());
  const { submit, sending, problem, fieldError } = useSubmit();
  const save = submit({
    check: () => ({
      dateOfDeath: action.needsDateOfDeath ? dateOfDeathError(dateOfDeath, careCase, latestDay(day)) : undefined,
      noBereavementSupport: action.needsNoBereavementSupport && !noSupportReason.trim()
        ? 'Not every family member’s bereavement plan has ended: say why no bereavement support is needed.' : undefined,
    }),
    send: () => api.changeStatus(careCase.id, {
      status: action.to,
      reason: reason.trim() || undefined,
      dateOfDeath: action.needsDateOfDeath ? dateOfDeath : undefined,
      noBereavementSupport: action.needsNoBereavementSupport ? { reason: noSupportReason.trim() } : undefined,
    }),
    onDone,
  });

  return (
    <form className="panel" onSubmit={save} noValidate aria-label={action.label}>
      <h2>{action.label}</h2>
      {action.explanation && <p>{action.explanation}</p>}
      <ProblemNotice error={problem} />
      {action.needsDateOfDeath && (
        <Field label="Date of death" required error={fieldError('dateOfDeath')} hint={serviceDayHint(day)}>
          <input type="date" value={dateOfDeath} max={latestDay(day)} onChange={(e) => setDateOfDeath(e.target.value)} />
        </Field>
      )}
      {action.needsNoBereavementSupport && (
        <Field label="Why no bereavement support is needed" required
          hint="Not every family member recorded on the case has an ended bereavement plan."
          error={fieldError('noBereavementSupport')}>
          <textarea value={noSupportReason} onChange={(e) => setNoSupportReason(e.target.value)} maxLength={1000} rows={2} />
        </Field>
      )}
      <Field label="Reason" required={action.needsReason} hint={action.needsReason ? undefined : 'Optional.'}
        error={fieldError('reason')}>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} rows={2} />
      </Field>
      <FormButtons send={sending ? 'Saving…' : action.label} onCancel={onCancel} sending={sending} />
    </form>
  );
}

function dateOfDeathError(dateOfDeath: string, careCase: CareCase, latest: string): string | undefined {
  if (!dateOfDeath) return 'Enter the date of death.';
  if (dateOfDeath > latest) return 'The date of death cannot be in the future.';
  if (dateOfDeath < careCase.patient.dateOfBirth) return 'The date of death cannot be before birth.';
  return undefined;
}
