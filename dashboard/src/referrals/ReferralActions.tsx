import { useState } from 'react';
import { api } from '../api/careloop';
import type { Referral, ReferralOutcome } from '../api/types';
import { Field, FormButtons } from '../ui/Field';
import { words } from '../ui/format';
import { ProblemNotice } from '../ui/Notices';
import { useSubmit } from '../ui/useSubmit';
import { referralActions, type ReferralAction } from './referralLifecycle';

/** The moves this side may make, each confirmed with what it needs (a reason, an outcome); the rest go at once. */
export function ReferralActions({ referral, onChanged }: { referral: Referral; onChanged: (r: Referral) => void }) {
  const [chosen, setChosen] = useState<ReferralAction>();
  const { submit, sending, problem } = useSubmit();
  const actions = referralActions(referral);
  if (actions.length === 0) return null;
  const asks = (a: ReferralAction) => a.needsReason || a.needsOutcome || a.outcomes.length > 0;
  return (
    <div className="case-actions">
      <div className="button-row" role="group" aria-label="Referral actions">
        {actions.map((a) => (
          <button key={a.to} type="button" className={a.to === 'accepted' ? '' : 'button-secondary'}
            aria-expanded={asks(a) ? chosen?.to === a.to : undefined} disabled={sending}
            onClick={asks(a) ? () => setChosen(a) : submit({
              send: () => api.changeReferral(referral.id, { status: a.to }),
              onDone: onChanged,
            })}>
            {a.label}
          </button>
        ))}
      </div>
      {!chosen && <ProblemNotice error={problem} />}
      {chosen && <ChangeForm key={chosen.to} referral={referral} action={chosen} onCancel={() => setChosen(undefined)}
        onDone={(r) => { setChosen(undefined); onChanged(r); }} />}
    </div>
  );
}

export function ChangeForm({ referral, action, onCancel, onDone }: {
  referral: Referral; action: ReferralAction; onCancel: () => void; onDone: (r: Referral) => void;
}) {
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const { submit, sending, problem, fieldError } = useSubmit();
  const save = submit({
    check: () => ({
      reason: action.needsReason && !reason.trim() ? 'Give the reason: the other side reads it.' : undefined,
      outcome: action.needsOutcome && !outcome ? 'Choose the outcome.' : undefined,
    }),
    send: () => api.changeReferral(referral.id, {
      status: action.to, reason: reason.trim() || undefined, outcome: outcome || undefined,
    }),
    onDone,
  });
  return (
    <form className="panel" onSubmit={save} noValidate aria-label={action.label}>
      <h2>{action.label}</h2>
      <ProblemNotice error={problem} />
      {action.outcomes.length > 0 && (
        <Field label={action.needsOutcome ? 'Outcome' : 'Outcome (optional)'} required={action.needsOutcome} error={fieldError('outcome')}>
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as ReferralOutcome | '')}>
            <option value="">{action.needsOutcome ? 'Choose…' : 'None given'}</option>
            {action.outcomes.map((o) => <option key={o} value={o}>{words(o)}</option>)}
          </select>
        </Field>
      )}
      <Field label={action.needsReason ? 'Reason' : 'Note (optional)'} required={action.needsReason} error={fieldError('reason')}>
        <textarea rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <FormButtons send={action.label} onCancel={onCancel} sending={sending} />
    </form>
  );
}
