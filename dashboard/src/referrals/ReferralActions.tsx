import { useState, type FormEvent } from 'react';
import { api } from '../api/careloop';
import { ApiError } from '../api/http';
import type { Referral } from '../api/types';
import { words } from '../ui/format';
import { Field, FormButtons } from '../ui/Field';
import { ProblemNotice } from '../ui/Notices';
import { asApiError } from '../ui/useLoad';
import { OUTCOMES, referralActions, type ReferralAction, type Side } from './referralLifecycle';

/** The moves this side may make, each confirmed with what it needs (a reason, an outcome). */
export function ReferralActions({ referral, side, onChanged }: { referral: Referral; side: Side; onChanged: (r: Referral) => void }) {
  const [chosen, setChosen] = useState<ReferralAction>();
  const [problem, setProblem] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const actions = referralActions(referral.status, side);
  if (actions.length === 0) return null;
  return (
    <div className="case-actions">
      <div className="button-row" role="group" aria-label="Referral actions">
        {actions.map((a) => (
          <button key={a.to} type="button" className={a.to === 'accepted' ? '' : 'button-secondary'}
            aria-expanded={a.needsReason || a.needsOutcome ? chosen?.to === a.to : undefined} disabled={busy}
            onClick={() => {
              setProblem(undefined);
              if (a.needsReason || a.needsOutcome) return setChosen(a);
              setBusy(true);
              void change(referral, a, {}, onChanged, setProblem).finally(() => setBusy(false));
            }}>
            {a.label}
          </button>
        ))}
      </div>
      <ProblemNotice error={problem} />
      {chosen && <ChangeForm key={chosen.to} referral={referral} action={chosen} onCancel={() => setChosen(undefined)}
        onDone={(r) => { setChosen(undefined); onChanged(r); }} />}
    </div>
  );
}

async function change(referral: Referral, action: ReferralAction, body: { reason?: string; outcome?: string },
  onDone: (r: Referral) => void, onProblem: (p: ApiError) => void) {
  try {
    onDone(await api.changeReferral(referral.id, { status: action.to, ...body }));
  } catch (err) {
    onProblem(asApiError(err));
  }
}

export function ChangeForm({ referral, action, onCancel, onDone }: {
  referral: Referral; action: ReferralAction; onCancel: () => void; onDone: (r: Referral) => void;
}) {
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; outcome?: string }>({});
  const [problem, setProblem] = useState<ApiError>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: { reason?: string; outcome?: string } = {};
    if (action.needsReason && !reason.trim()) found.reason = 'Give the reason: the other side reads it.';
    if (action.needsOutcome && !outcome) found.outcome = 'Choose the outcome.';
    setErrors(found);
    if (found.reason || found.outcome) return;
    await change(referral, action, { reason: reason.trim() || undefined, outcome: outcome || undefined }, onDone, setProblem);
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={action.label}>
      <h2>{action.label}</h2>
      <ProblemNotice error={problem} />
      {action.needsOutcome && (
        <Field label="Outcome" required error={errors.outcome ?? problem?.fieldMessage('outcome')}>
          <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">Choose…</option>
            {OUTCOMES.map((o) => <option key={o} value={o}>{words(o)}</option>)}
          </select>
        </Field>
      )}
      <Field label={action.needsReason ? 'Reason' : 'Note (optional)'} required={action.needsReason} error={errors.reason ?? problem?.fieldMessage('reason')}>
        <textarea rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <FormButtons send={action.label} onCancel={onCancel} />
    </form>
  );
}
