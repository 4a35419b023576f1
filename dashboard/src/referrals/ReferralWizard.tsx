import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../api/careloop';
import type { DirectoryService, Priority, SharePart } from '../api/types';
import type { ApiError } from '../api/http';
import { Field, FormButtons } from '../ui/Field';
import { patientName, today, words } from '../ui/format';
import { Loading, ProblemNotice } from '../ui/Notices';
import { ServiceSearch, type DirectorySearch } from '../ui/ServiceSearch';
import { needsWaitingList, takesReferrals } from '../ui/serviceAvailability';
import { useLoad } from '../ui/useLoad';
import { useSubmit } from '../ui/useSubmit';
import { sharedFromCase, sharingSource } from './sharing';
import { WhatWillBeShared } from './WhatWillBeShared';

export interface ReferralDetails {
  reason: string;
  priority: Priority | '';
  consentObtained: boolean;
  consentFrom: string;
  consentOn: string;
  familyMemberId: string;
}

/** The service refuses a referral without consent (422); the wizard says so before sending. */
export function validateReferral(d: ReferralDetails, now = today()): Partial<Record<keyof ReferralDetails, string>> {
  const errors: Partial<Record<keyof ReferralDetails, string>> = {};
  if (!d.reason.trim()) errors.reason = 'Say what the patient or family needs from this service.';
  if (!d.priority) errors.priority = 'Choose a priority.';
  if (!d.consentObtained) errors.consentObtained = 'A referral shares information: record the consent first.';
  if (!d.consentFrom.trim()) errors.consentFrom = 'Who gave consent (the patient, or their proxy)?';
  if (!d.consentOn) errors.consentOn = 'When was consent given?';
  else if (d.consentOn > now) errors.consentOn = 'Consent cannot be given in the future.';
  return errors;
}

/** Why a service takes a referral only onto its waiting list, in a sentence. */
function whyWaitingList(s: DirectoryService): string {
  if (s.status === 'temporarily closed') return `${s.name} is temporarily closed.`;
  if (s.capacity === 'no-capacity') return `${s.name} is at capacity.`;
  return `${s.name} keeps a waiting list.`;
}

/** referral-service's refusal of a referral to a service without room (409), unless the waiting list is accepted. */
function atCapacity(problem?: ApiError): boolean {
  return problem?.status === 409 && (problem.type ?? '').endsWith('/service-at-capacity');
}

/**
 * Refer a case: find a service (category tabs and words), choose it (one at capacity, keeping a waiting list or
 * temporarily closed only once the worker accepts its waiting list), then reason, priority and consent. A service
 * chosen before (the directory's "Refer") comes as `?service=` and starts at its check.
 */
export function ReferralWizard() {
  const { caseId = '' } = useParams();
  const [params] = useSearchParams();
  const preselected = params.get('service') ?? '';
  const navigate = useNavigate();
  const careCase = useLoad(() => api.case(caseId), [caseId]);
  const family = useLoad(() => api.family(caseId), [caseId]);
  const chosenBefore = useLoad(() => (preselected ? api.directoryService(preselected) : Promise.resolve(undefined)), [preselected]);
  const [step, setStep] = useState<1 | 2 | 3>(preselected ? 2 : 1);
  const [chosen, setService] = useState<DirectoryService>();
  const service = chosen ?? chosenBefore.data;
  /** The search of step 1, kept for a return to it. */
  const [search, setSearch] = useState<Partial<DirectorySearch>>({});
  /** The worker accepted the service's waiting list. */
  const [waitingList, setWaitingList] = useState(false);
  const wishes = useLoad(() => api.wishes(caseId), [caseId]);
  const [details, setDetails] = useState<ReferralDetails>({
    reason: '', priority: 'routine', consentObtained: false, consentFrom: '', consentOn: today(), familyMemberId: '',
  });
  // what will be shared: the parts the consent covers (none until ticked), and a note
  const [scope, setScope] = useState<SharePart[]>([]);
  const [note, setNote] = useState('');
  const source = careCase.data && sharingSource(careCase.data, family.data, wishes.data);
  const { submit, sending, problem, fieldError } = useSubmit();

  useEffect(() => {
    document.getElementById(`step-${step}`)?.focus();
  }, [step]);

  const choose = (s: DirectoryService) => {
    setService(s);
    setWaitingList(false);
    setStep(2);
  };

  const sendReferral = (acceptWaitingList: boolean) => submit({
    check: () => validateReferral(details),
    send: () => api.refer({
      // the form is shown only once a service is chosen
      caseId, serviceId: service!.id, waitingListAccepted: acceptWaitingList || undefined,
      reason: details.reason.trim(), priority: details.priority as Priority,
      familyMemberId: details.familyMemberId || undefined,
      consent: { obtained: true, obtainedFrom: details.consentFrom.trim(), obtainedOn: details.consentOn, scope },
      shared: source ? sharedFromCase(source, scope, note) : undefined,
    }),
    onDone: () => navigate(`/cases/${caseId}/referrals`),
  });
  const send = sendReferral(waitingList);

  if (careCase.error) return <ProblemNotice error={careCase.error} />;
  const set = (key: keyof ReferralDetails) => (e: { target: { value: string } }) => setDetails({ ...details, [key]: e.target.value });
  return (
    <section className="narrow">
      <p className="meta"><Link to={`/cases/${caseId}/referrals`}>← Back to the case</Link></p>
      <h1>Refer {careCase.data ? patientName(careCase.data.patient) : 'the patient'}</h1>
      <ol className="steps" aria-label="Steps">
        <li aria-current={step === 1 ? 'step' : undefined}>Find a service</li>
        <li aria-current={step === 2 ? 'step' : undefined}>Check the service</li>
        <li aria-current={step === 3 ? 'step' : undefined}>Reason and consent</li>
      </ol>

      {step === 1 && (
        <div id="step-1" tabIndex={-1}>
          <h2>Find a service</h2>
          <ServiceSearch initial={search} onSearch={setSearch} action={(s) => (
            <button type="button" disabled={!takesReferrals(s)} onClick={() => choose(s)} aria-label={`Choose ${s.name}`}>
              Choose
            </button>
          )} />
        </div>
      )}

      {step === 2 && !service && (
        <div id="step-2" tabIndex={-1}>
          <ProblemNotice error={chosenBefore.error} />
          {chosenBefore.loading && <Loading what="the service" />}
          <button type="button" className="button-secondary" onClick={() => setStep(1)}>Find a service</button>
        </div>
      )}

      {step === 2 && service && (
        <div id="step-2" tabIndex={-1}>
          <h2>{service.name}</h2>
          <dl className="wide-dl">
            <dt>Organization</dt><dd>{service.organization.name}</dd>
            <dt>Category</dt><dd>{words(service.category)}</dd>
            <dt>What it offers</dt><dd>{service.description || '—'}</dd>
            <dt>Eligibility</dt><dd>{service.eligibility || '—'}</dd>
            <dt>Area</dt><dd>{service.serviceArea || '—'}</dd>
            <dt>Fees</dt><dd>{service.fees || '—'}</dd>
            <dt>Contact</dt><dd>{[service.contact?.phone, service.contact?.email].filter(Boolean).join(' · ') || '—'}</dd>
          </dl>
          {!takesReferrals(service) ? (
            <div className="panel">
              <p>{service.name} takes no referrals now.</p>
              <button type="button" className="button-secondary" onClick={() => setStep(1)}>Choose another</button>
            </div>
          ) : needsWaitingList(service) ? (
            <WaitingListQuestion service={service} onYes={() => { setWaitingList(true); setStep(3); }}
              onNo={() => setStep(1)} no="Choose another" />
          ) : (
            <div className="button-row">
              <button type="button" onClick={() => setStep(3)}>Refer to this service</button>
              <button type="button" className="button-secondary" onClick={() => setStep(1)}>Choose another</button>
            </div>
          )}
        </div>
      )}

      {step === 3 && service && (
        <form id="step-3" tabIndex={-1} onSubmit={send} noValidate aria-label="Reason and consent">
          <h2>Reason and consent</h2>
          {waitingList
            ? <p>This referral goes onto the waiting list of <strong>{service.name}</strong>, {service.organization.name}.</p>
            : <p>To <strong>{service.name}</strong>, {service.organization.name}.</p>}
          {atCapacity(problem) && !waitingList ? (
            <WaitingListQuestion service={service} filledUp no="Back"
              onYes={() => { setWaitingList(true); void sendReferral(true)(); }} onNo={() => setStep(2)} />
          ) : <ProblemNotice error={problem} />}
          <Field label="Reason for referral" required error={fieldError('reason')}
            hint="What they need and anything the service should know. Shared with the service.">
            <textarea rows={4} maxLength={2000} value={details.reason} onChange={set('reason')} />
          </Field>
          <Field label="Priority" required error={fieldError('priority')}>
            <select value={details.priority} onChange={set('priority')}>
              {(['routine', 'urgent', 'asap', 'stat'] as Priority[]).map((p) => <option key={p} value={p}>{words(p)}</option>)}
            </select>
          </Field>
          {family.data && family.data.length > 0 && (
            <Field label="For a family member (optional)" hint="Their own needs: caregiver support, benefits, legal help. After a death, name the family member for anything but grief support">
              <select value={details.familyMemberId} onChange={set('familyMemberId')}>
                <option value="">The patient</option>
                {family.data.map((m) => <option key={m.id} value={m.id}>{m.name} ({m.relationship})</option>)}
              </select>
            </Field>
          )}
          <fieldset>
            <legend>Consent</legend>
            <label className="check">
              <input type="checkbox" checked={details.consentObtained} aria-invalid={fieldError('consentObtained') ? true : undefined}
                aria-describedby={fieldError('consentObtained') ? 'consent-error' : undefined}
                onChange={(e) => setDetails({ ...details, consentObtained: e.target.checked })} />
              {' '}Consent to share this referral was obtained
            </label>
            {fieldError('consentObtained') && <p className="field-error" id="consent-error">{fieldError('consentObtained')}</p>}
            <div className="row">
              <Field label="Consent given by" required error={fieldError('consentFrom', 'obtainedFrom')} hint="The patient, or their health care proxy">
                <input value={details.consentFrom} maxLength={200} onChange={set('consentFrom')} />
              </Field>
              <Field label="Consent given on" required error={fieldError('consentOn', 'obtainedOn')}>
                <input type="date" max={today()} value={details.consentOn} onChange={set('consentOn')} />
              </Field>
            </div>
          </fieldset>
          <WhatWillBeShared source={source} scope={scope} onScope={setScope} note={note} onNote={setNote}
            noteError={fieldError('note', 'shared.note')} />
          <FormButtons send={sending ? 'Sending…' : 'Send referral'} onCancel={() => setStep(2)} sending={sending} cancel="Back" />
        </form>
      )}
    </section>
  );
}

/** Asks the worker to accept a service's waiting list before referring to it. */
function WaitingListQuestion({ service, filledUp = false, onYes, onNo, no }: {
  service: DirectoryService; filledUp?: boolean; onYes: () => void; onNo: () => void; no: string;
}) {
  return (
    <div className="panel" role="group" aria-labelledby="waiting-list-question">
      <h3 id="waiting-list-question">Refer to the waiting list?</h3>
      <p>{filledUp ? `${service.name} has no room now: it filled up since you chose it.` : whyWaitingList(service)}{' '}
        The referral goes onto its waiting list, and the service answers when it has room. If the patient cannot
        wait, choose another service as well.</p>
      <div className="button-row">
        <button type="button" onClick={onYes}>Yes, refer to the waiting list</button>
        <button type="button" className="button-secondary" onClick={onNo}>{no}</button>
      </div>
    </div>
  );
}
