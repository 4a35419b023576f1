import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/careloop';
import { REFERRAL_CATEGORIES, type DirectoryService, type Priority, type SharePart } from '../api/types';
import { Field, FormButtons } from '../ui/Field';
import { patientName, today, words } from '../ui/format';
import { Badge, Empty, Loading, ProblemNotice } from '../ui/Notices';
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

/** Refer a case: find a service (category and words), choose it, then reason, priority and consent. */
export function ReferralWizard() {
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const careCase = useLoad(() => api.case(caseId), [caseId]);
  const family = useLoad(() => api.family(caseId), [caseId]);
  const wishes = useLoad(() => api.wishes(caseId), [caseId]);
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [service, setService] = useState<DirectoryService>();
  const [details, setDetails] = useState<ReferralDetails>({
    reason: '', priority: 'routine', consentObtained: false, consentFrom: '', consentOn: today(), familyMemberId: '',
  });
  // what will be shared: the parts the consent covers (none until ticked), and a note
  const [scope, setScope] = useState<SharePart[]>([]);
  const [note, setNote] = useState('');
  const source = careCase.data && sharingSource(careCase.data, family.data, wishes.data);
  const { submit, sending, problem, fieldError } = useSubmit();

  useEffect(() => {
    const wait = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(wait);
  }, [text]);
  const services = useLoad(() => api.directory(category || undefined, q || undefined), [category, q]);

  useEffect(() => {
    document.getElementById(`step-${step}`)?.focus();
  }, [step]);

  const send = submit({
    check: () => validateReferral(details),
    send: () => api.refer({
      // the form is shown only once a service is chosen
      caseId, serviceId: service!.id, reason: details.reason.trim(), priority: details.priority as Priority,
      familyMemberId: details.familyMemberId || undefined,
      consent: { obtained: true, obtainedFrom: details.consentFrom.trim(), obtainedOn: details.consentOn, scope },
      shared: source ? sharedFromCase(source, scope, note) : undefined,
    }),
    onDone: () => navigate(`/cases/${caseId}/referrals`),
  });

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
          <div className="row">
            <Field label="Category">
              <select value={category} onChange={(e) => setCategory(e.target.value)}>
                <option value="">All categories</option>
                {REFERRAL_CATEGORIES.map((c) => <option key={c} value={c}>{words(c)}</option>)}
              </select>
            </Field>
            <Field label="Search the directory" hint="Words in the name or description, e.g. “home hospice”">
              <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </Field>
          </div>
          <ProblemNotice error={services.error} onRetry={services.reload} />
          {!services.data && services.loading && <Loading what="services" />}
          {services.data && (services.data.items.length === 0 ? <Empty>No service matches. Try fewer words or another category.</Empty> : (
            <ul className="services" aria-live="polite">
              {services.data.items.map((s) => (
                <li key={s.id} className="card">
                  <h3>{s.name}</h3>
                  <p className="meta">{s.organization.name} · {words(s.category)}{s.capacity === 'waitlist' ? ' · waiting list' : ''}{s.capacity === 'no-capacity' ? ' · no capacity now' : ''}</p>
                  <p>{s.description}</p>
                  <button type="button" disabled={s.status !== 'active'} onClick={() => { setService(s); setStep(2); }}
                    aria-label={`Choose ${s.name}`}>
                    Choose
                  </button>
                  {s.status !== 'active' && <Badge tone="warning">{words(s.status)}</Badge>}
                </li>
              ))}
            </ul>
          ))}
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
          <div className="button-row">
            <button type="button" onClick={() => setStep(3)}>Refer to this service</button>
            <button type="button" className="button-secondary" onClick={() => setStep(1)}>Choose another</button>
          </div>
        </div>
      )}

      {step === 3 && service && (
        <form id="step-3" tabIndex={-1} onSubmit={send} noValidate aria-label="Reason and consent">
          <h2>Reason and consent</h2>
          <p>To <strong>{service.name}</strong>, {service.organization.name}.</p>
          <ProblemNotice error={problem} />
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
