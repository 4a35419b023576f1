import { useState } from 'react';
import { api } from '../api/careloop';
import type { CareCase } from '../api/types';
import { Field, FormButtons } from './Field';
import { ProblemNotice } from './Notices';
import { useSubmit } from './useSubmit';

/** A supervisor hands a case to another social worker of the team (on the case page and the team page). */
export function ReassignForm({ careCase, onCancel, onDone, workers = [] }: {
  careCase: CareCase; onCancel: () => void; onDone: () => void; workers?: string[];
}) {
  const [worker, setWorker] = useState('');
  const { submit, sending, problem, fieldError } = useSubmit();
  const save = submit({
    check: () => ({ worker: worker.trim() ? undefined : 'Name the social worker who takes over.' }),
    send: () => api.reassign(careCase.id, worker.trim()),
    onDone,
  });
  const listId = `workers-${careCase.id}`;
  return (
    <form className="panel" onSubmit={save} noValidate aria-label="Reassign case">
      <ProblemNotice error={problem} />
      <Field label="New social worker" required error={fieldError('worker')} hint={`Now with ${careCase.assignedWorker}`}>
        <input value={worker} onChange={(e) => setWorker(e.target.value)} list={listId} maxLength={100} />
      </Field>
      <datalist id={listId}>{workers.map((w) => <option key={w} value={w} />)}</datalist>
      <FormButtons send="Reassign" onCancel={onCancel} sending={sending} />
    </form>
  );
}
