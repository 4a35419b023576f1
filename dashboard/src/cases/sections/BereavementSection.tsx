import { useState } from 'react';
import { api } from '../../api/careloop';
import type { BereavementPlan, CareCase, FollowUp } from '../../api/types';
import { useLiveRefresh } from '../../ui/NotificationCenter';
import { date, sentence, today, words } from '../../ui/format';
import { Field, FormButtons } from '../../ui/Field';
import { Badge, Empty, Loading, ProblemNotice } from '../../ui/Notices';
import { useLoad } from '../../ui/useLoad';
import { useSubmit } from '../../ui/useSubmit';

type FollowUpOutcome = FollowUp['outcome'];

const OUTCOMES: [FollowUpOutcome, string][] = [
  ['completed', 'Completed: we spoke or met'],
  ['no-answer', 'No answer (a retry is planned in 3 days)'],
  ['declined', 'Declined further contact (ends this plan)'],
  ['skipped', 'Skipped'],
];

/** The family's bereavement plans: each follow-up, when it is due, and what came of it. */
export function BereavementSection({ careCase, onChanged }: { careCase: CareCase; onChanged: () => void }) {
  const plans = useLoad(() => api.bereavementPlans(careCase.id), [careCase.id]);
  const family = useLoad(() => api.family(careCase.id), [careCase.id]);
  useLiveRefresh(plans.reload, (n) => n.kind === 'FOLLOW_UP_DUE');
  const names = new Map((family.data ?? []).map((m) => [m.id, m.name]));
  return (
    <section aria-labelledby="bereavement-h">
      <h2 id="bereavement-h">Bereavement plan</h2>
      <ProblemNotice error={plans.error} onRetry={plans.reload} />
      {!plans.data && plans.loading && <Loading what="bereavement plans" />}
      {plans.data && (plans.data.items.length === 0 ? (
        <Empty>
          {careCase.dateOfDeath ? 'No plan yet: plans start for each family member recorded on the case.'
            : 'Bereavement plans start when the death is recorded, one for each family member on the case.'}
        </Empty>
      ) : plans.data.items.map((plan) => (
        <PlanCard key={plan.id} plan={plan} name={names.get(plan.familyMemberId)}
          onRecorded={() => { plans.reload(); onChanged(); }} />
      )))}
    </section>
  );
}

function PlanCard({ plan, name, onRecorded }: { plan: BereavementPlan; name?: string; onRecorded: () => void }) {
  const [recording, setRecording] = useState<FollowUp>();
  return (
    <section className="card" aria-label={`Plan for ${name ?? plan.relationship}`}>
      <h3>{name ?? 'Family member'} <span className="meta">({plan.relationship})</span></h3>
      <p>
        <Badge tone={plan.risk === 'HIGH' ? 'warning' : 'neutral'}>{words(plan.risk)} risk</Badge>{' '}
        <Badge>{sentence(plan.status)}</Badge>
        {plan.dateOfDeath && <span className="meta"> · death {date(plan.dateOfDeath)}</span>}
      </p>
      <table>
        <thead><tr><th scope="col">Due</th><th scope="col">Follow-up</th><th scope="col">Status</th><th scope="col">Outcome</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
        <tbody>
          {plan.followUps.map((f) => {
            const overdue = f.status === 'PENDING' && f.dueOn <= today();
            return (
              <tr key={f.id} className={overdue ? 'overdue' : ''}>
                <td>{date(f.dueOn)}{overdue && <Badge tone="warning">due</Badge>}</td>
                <td>{sentence(f.kind)}</td>
                <td>{words(f.status)}</td>
                <td>{f.outcome ? `${words(f.outcome)}${f.note ? ` — ${f.note}` : ''}` : '—'}</td>
                <td>
                  {f.status === 'PENDING' && plan.status === 'ACTIVE' && (
                    <button type="button" className="button-secondary" onClick={() => setRecording(f)}
                      aria-label={`Record outcome of ${sentence(f.kind).toLowerCase()} due ${date(f.dueOn)}`}>
                      Record outcome
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {recording && (
        <OutcomeForm planId={plan.id} followUp={recording} onCancel={() => setRecording(undefined)}
          onDone={() => { setRecording(undefined); onRecorded(); }} />
      )}
    </section>
  );
}

export function OutcomeForm({ planId, followUp, onCancel, onDone }: { planId: string; followUp: FollowUp; onCancel: () => void; onDone: () => void }) {
  const [outcome, setOutcome] = useState<FollowUpOutcome>();
  const [note, setNote] = useState('');
  const { submit, sending, problem, fieldError } = useSubmit();
  const save = submit({
    check: () => ({ outcome: outcome ? undefined : 'Choose what came of the contact.' }),
    send: () => api.recordOutcome(planId, followUp.id, outcome!, note.trim() || undefined),
    onDone,
  });
  return (
    <form className="panel" onSubmit={save} noValidate aria-label="Record follow-up outcome">
      <h4>{sentence(followUp.kind)}, due {date(followUp.dueOn)}</h4>
      <ProblemNotice error={problem} />
      <fieldset>
        <legend>Outcome</legend>
        {fieldError('outcome') && <p className="field-error" role="alert">{fieldError('outcome')}</p>}
        {OUTCOMES.map(([code, label]) => (
          <label key={code} className="check">
            <input type="radio" name="outcome" value={code} checked={outcome === code} onChange={() => setOutcome(code)} /> {label}
          </label>
        ))}
      </fieldset>
      <Field label="Note"><textarea rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} /></Field>
      <FormButtons send="Save outcome" onCancel={onCancel} sending={sending} />
    </form>
  );
}
