import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/careloop';
import { Field } from '../ui/Field';
import { today } from '../ui/format';
import { latestDay, serviceDayHint, useServiceDay } from '../ui/serviceDay';
import { ProblemNotice } from '../ui/Notices';
import { hasRole, useMe } from '../ui/session';
import { useSubmit } from '../ui/useSubmit';

export interface OpenCaseForm {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  phone: string;
  address: string;
  condition: string;
  site: string;
  stage: string;
  diagnosedOn: string;
  assignedWorker: string;
}

const EMPTY: OpenCaseForm = {
  givenName: '', familyName: '', dateOfBirth: '', phone: '', address: '', condition: '', site: '', stage: '',
  diagnosedOn: '', assignedWorker: '',
};

/** The same rules case-service applies, checked before sending so the worker sees them at once. */
export function validateOpenCase(form: OpenCaseForm, needsWorker: boolean, now = today()): Partial<Record<keyof OpenCaseForm, string>> {
  const errors: Partial<Record<keyof OpenCaseForm, string>> = {};
  if (!form.givenName.trim()) errors.givenName = 'Enter the patient’s given name.';
  if (!form.familyName.trim()) errors.familyName = 'Enter the patient’s family name.';
  if (!form.dateOfBirth) errors.dateOfBirth = 'Enter the date of birth.';
  else if (form.dateOfBirth > now) errors.dateOfBirth = 'The date of birth cannot be in the future.';
  if (form.phone && !/^[+0-9 ()./-]{3,40}$/.test(form.phone)) errors.phone = 'Use digits, spaces and + ( ) - only.';
  if (!form.condition.trim()) errors.condition = 'Enter the diagnosis.';
  if (form.diagnosedOn) {
    if (form.diagnosedOn > now) errors.diagnosedOn = 'The diagnosis date cannot be in the future.';
    else if (form.dateOfBirth && form.diagnosedOn < form.dateOfBirth) errors.diagnosedOn = 'The diagnosis cannot be before birth.';
  }
  if (needsWorker && !form.assignedWorker.trim()) errors.assignedWorker = 'Name the social worker who will hold the case.';
  return errors;
}

function blankToUndefined(value: string): string | undefined {
  return value.trim() ? value.trim() : undefined;
}

export function OpenCasePage() {
  const me = useMe();
  const navigate = useNavigate();
  const supervisor = hasRole(me, 'supervisor');
  const day = useServiceDay();
  const [form, setForm] = useState<OpenCaseForm>(EMPTY);
  const { submit, sending, problem, errors, fieldError: error } = useSubmit();

  const set = (key: keyof OpenCaseForm) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  const open = submit({
    check: () => {
      const found = validateOpenCase(form, supervisor, latestDay(day));
      // the summary above the form says how many fields need a look; a screen reader hears it first
      if (Object.keys(found).length > 0) document.getElementById('open-case-errors')?.focus();
      return found;
    },
    send: () => api.openCase({
      patient: {
        givenName: form.givenName.trim(), familyName: form.familyName.trim(), dateOfBirth: form.dateOfBirth,
        phone: blankToUndefined(form.phone), address: blankToUndefined(form.address),
      },
      diagnosis: {
        condition: form.condition.trim(), site: blankToUndefined(form.site), stage: blankToUndefined(form.stage),
        diagnosedOn: form.diagnosedOn || undefined,
      },
      assignedWorker: supervisor ? form.assignedWorker.trim() : undefined,
    }),
    onDone: (created) => navigate(`/cases/${created.id}`),
  });

  const count = Object.keys(errors).length;
  return (
    <section className="narrow">
      <h1>Open a case</h1>
      <p className="lead">A new patient on your caseload. Fields marked * are needed; the rest can follow.</p>
      <div id="open-case-errors" tabIndex={-1}>
        {count > 0 && <p className="notice notice-error" role="alert">Please correct {count} field{count > 1 ? 's' : ''} below.</p>}
      </div>
      <ProblemNotice error={problem} />
      <form onSubmit={open} noValidate>
        <fieldset>
          <legend>Patient</legend>
          <div className="row">
            <Field label="Given name" required error={error('givenName')}>
              <input value={form.givenName} onChange={set('givenName')} autoComplete="off" maxLength={100} />
            </Field>
            <Field label="Family name" required error={error('familyName')}>
              <input value={form.familyName} onChange={set('familyName')} autoComplete="off" maxLength={100} />
            </Field>
          </div>
          <div className="row">
            <Field label="Date of birth" required error={error('dateOfBirth')}>
              <input type="date" value={form.dateOfBirth} onChange={set('dateOfBirth')} max={latestDay(day)} />
            </Field>
            <Field label="Phone" error={error('phone')}>
              <input type="tel" value={form.phone} onChange={set('phone')} maxLength={40} />
            </Field>
          </div>
          <Field label="Address" error={error('address')}>
            <input value={form.address} onChange={set('address')} maxLength={300} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Diagnosis</legend>
          <Field label="Condition" required error={error('condition')} hint="For example: pleural mesothelioma">
            <input value={form.condition} onChange={set('condition')} list="conditions" maxLength={200} />
          </Field>
          <datalist id="conditions">
            <option value="Pleural mesothelioma" />
            <option value="Peritoneal mesothelioma" />
            <option value="Pericardial mesothelioma" />
          </datalist>
          <div className="row">
            <Field label="Site" error={error('site')}>
              <input value={form.site} onChange={set('site')} maxLength={100} />
            </Field>
            <Field label="Stage" error={error('stage')}>
              <input value={form.stage} onChange={set('stage')} maxLength={50} />
            </Field>
            <Field label="Diagnosed on" error={error('diagnosedOn')} hint={serviceDayHint(day)}>
              <input type="date" value={form.diagnosedOn} onChange={set('diagnosedOn')} max={latestDay(day)} />
            </Field>
          </div>
        </fieldset>
        {supervisor && (
          <Field label="Social worker" required error={error('assignedWorker')} hint="The username of a social worker of your team">
            <input value={form.assignedWorker} onChange={set('assignedWorker')} maxLength={100} />
          </Field>
        )}
        <div className="actions">
          <button type="submit" disabled={sending}>{sending ? 'Opening…' : 'Open case'}</button>
        </div>
      </form>
    </section>
  );
}
