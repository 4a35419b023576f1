import { useState, type FormEvent } from 'react';
import { api } from '../api/careloop';
import type { CareCase } from '../api/types';
import { hasRole, useMe } from '../session/session';
import { today } from '../ui/format';
import { Field, FormButtons } from '../ui/Field';
import { ProblemNotice } from '../ui/Notices';
import { useSubmit } from '../ui/useLoad';
import { lifecycleActions, type LifecycleAction } from './lifecycle';

/** The lifecycle moves open to this case, each confirmed in a small form before it is sent. */
export function CaseActions({ careCase, onChanged }: { careCase: CareCase; onChanged: () => void }) {
  const me = useMe();
  const [chosen, setChosen] = useState<LifecycleAction>();
  const [reassigning, setReassigning] = useState(false);
  const actions = lifecycleActions(careCase.status);
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
  const [dateOfDeath, setDateOfDeath] = useState(today());
  const [error, setError] = useState<string>();
  const { problem, sending, submit } = useSubmit();

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    if (action.asks === 'date-of-death') {
      if (!dateOfDeath) return setError('Enter the date of death.');
      if (dateOfDeath > today()) return setError('The date of death cannot be in the future.');
      if (dateOfDeath < careCase.patient.dateOfBirth) return setError('The date of death cannot be before birth.');
    }
    await submit(async () => {
      await api.changeStatus(careCase.id, {
        status: action.to,
        reason: reason.trim() || undefined,
        dateOfDeath: action.asks === 'date-of-death' ? dateOfDeath : undefined,
      });
      onDone();
    });
  };

  return (
    <form className="panel" onSubmit={save} noValidate aria-label={action.label}>
      <h2>{action.label}</h2>
      <p>{action.explanation}</p>
      <ProblemNotice error={problem} />
      {action.asks === 'date-of-death' && (
        <Field label="Date of death" required error={error ?? problem?.fieldMessage('dateOfDeath')}>
          <input type="date" value={dateOfDeath} max={today()} onChange={(e) => setDateOfDeath(e.target.value)} />
        </Field>
      )}
      <Field label={action.asks === 'reason' ? 'Reason' : 'Note (optional)'} error={problem?.fieldMessage('reason')}>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} rows={2} />
      </Field>
      <FormButtons send={sending ? 'Saving…' : action.label} onCancel={onCancel} sending={sending} />
    </form>
  );
}

export function ReassignForm({ careCase, onCancel, onDone, workers = [] }: {
  careCase: CareCase; onCancel: () => void; onDone: () => void; workers?: string[];
}) {
  const [worker, setWorker] = useState('');
  const { problem, submit } = useSubmit();
  const [error, setError] = useState<string>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!worker.trim()) return setError('Name the social worker who takes over.');
    setError(undefined);
    await submit(async () => {
      await api.reassign(careCase.id, worker.trim());
      onDone();
    });
  };
  const listId = `workers-${careCase.id}`;
  return (
    <form className="panel" onSubmit={save} noValidate aria-label="Reassign case">
      <ProblemNotice error={problem} />
      <Field label="New social worker" required error={error ?? problem?.fieldMessage('worker')}
        hint={`Now with ${careCase.assignedWorker}`}>
        <input value={worker} onChange={(e) => setWorker(e.target.value)} list={listId} maxLength={100} />
      </Field>
      <datalist id={listId}>{workers.map((w) => <option key={w} value={w} />)}</datalist>
      <FormButtons send="Reassign" onCancel={onCancel} />
    </form>
  );
}
