import { useState } from 'react';
import { api } from '../api/careloop';
import type { CareCase } from '../api/types';
import { Field, FormButtons } from './Field';
import { ProblemNotice } from './Notices';
import { useLoad } from './useLoad';
import { useSubmit } from './useSubmit';

/**
 * A supervisor hands a case to another social worker of the team (on the case page and the team page). The choice
 * is the team's social workers as case-service knows them (`GET /api/cases/workers`), not whoever holds a case on the
 * page shown: someone who has left the team is not offered, and case-service refuses them too.
 */
export function ReassignForm({ careCase, onCancel, onDone }: {
  careCase: CareCase; onCancel: () => void; onDone: () => void;
}) {
  const [worker, setWorker] = useState('');
  const team = useLoad(() => api.teamWorkers(), []);
  const others = (team.data ?? []).map((w) => w.username).filter((w) => w !== careCase.assignedWorker);
  const { submit, sending, problem, fieldError } = useSubmit();
  const save = submit({
    check: () => ({ worker: worker ? undefined : 'Choose the social worker who takes over.' }),
    send: () => api.reassign(careCase.id, worker),
    onDone,
  });
  return (
    <form className="panel" onSubmit={save} noValidate aria-label="Reassign case">
      <ProblemNotice error={problem ?? team.error} />
      <Field label="New social worker" required error={fieldError('worker')}
        hint={team.data && others.length === 0
          ? `Now with ${careCase.assignedWorker}. No other social worker of the team has used CareLoop lately.`
          : `Now with ${careCase.assignedWorker}`}>
        <select value={worker} onChange={(e) => setWorker(e.target.value)} disabled={!team.data}>
          <option value="">{team.loading ? 'Loading the team…' : 'Choose…'}</option>
          {others.map((w) => <option key={w} value={w}>{w}</option>)}
        </select>
      </Field>
      <FormButtons send="Reassign" onCancel={onCancel} sending={sending} />
    </form>
  );
}
