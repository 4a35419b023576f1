import { useState } from 'react';
import { api } from '../../api/careloop';
import type { CareCase, HealthCareProxy, Wishes } from '../../api/types';
import { date, sentence, today } from '../../ui/format';
import { latestDay, serviceDayHint, useServiceDay } from '../../ui/serviceDay';
import { Field, FormButtons } from '../../ui/Field';
import { Loading, ProblemNotice } from '../../ui/Notices';
import { useLoad } from '../../ui/useLoad';
import { useSubmit } from '../../ui/useSubmit';

const POLST = ['NOT_COMPLETED', 'FULL_TREATMENT', 'SELECTIVE_TREATMENT', 'COMFORT_FOCUSED'];
const CODE = ['NOT_DOCUMENTED', 'FULL_CODE', 'DNR', 'DNR_DNI'];
const PLACE = ['UNDECIDED', 'HOME', 'HOSPICE_FACILITY', 'HOSPITAL', 'CARE_HOME', 'OTHER'];
const CODE_WORDS: Record<string, string> = { DNR: 'Do not resuscitate (DNR)', DNR_DNI: 'DNR and do not intubate', FULL_CODE: 'Full code' };

function label(code?: string | null): string {
  return code ? CODE_WORDS[code] ?? sentence(code) : 'Not recorded';
}

/** What the patient wants: goals of care, proxy, orders, place of death, spiritual and cultural wishes. */
export function WishesSection({ careCase }: { careCase: CareCase }) {
  const wishes = useLoad(() => api.wishes(careCase.id), [careCase.id]);
  const [editing, setEditing] = useState(false);
  if (!wishes.data) return wishes.error ? <ProblemNotice error={wishes.error} onRetry={wishes.reload} /> : <Loading what="wishes" />;
  const w = wishes.data;
  if (editing) return <WishesForm caseId={careCase.id} wishes={w} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); wishes.reload(); }} />;
  const proxy = w.healthCareProxy;
  return (
    <section aria-labelledby="wishes-h">
      <div className="page-head">
        <h2 id="wishes-h">Wishes and advance care planning</h2>
        {careCase.status !== 'CLOSED' && <button type="button" onClick={() => setEditing(true)}>{w.updatedAt ? 'Edit wishes' : 'Record wishes'}</button>}
      </div>
      {!w.updatedAt && <p className="meta">Nothing recorded yet. Talking about wishes early lets the team honour them.</p>}
      <dl className="wide-dl">
        <dt>Goals of care</dt><dd>{w.goalsOfCare || 'Not recorded'}</dd>
        <dt>Health care proxy</dt><dd>{proxy?.name ? `${proxy.name}${proxy.relationship ? ` (${proxy.relationship})` : ''}${proxy.phone ? ` · ${proxy.phone}` : ''}` : 'Not recorded'}</dd>
        <dt>POLST</dt><dd>{label(w.polstStatus)}</dd>
        <dt>Code status</dt><dd>{label(w.codeStatus)}</dd>
        <dt>Preferred place of death</dt><dd>{label(w.preferredPlaceOfDeath)}{w.placeOfDeathNotes ? ` — ${w.placeOfDeathNotes}` : ''}</dd>
        <dt>Spiritual preferences</dt><dd>{w.spiritualPreferences || 'Not recorded'}</dd>
        <dt>Cultural preferences</dt><dd>{w.culturalPreferences || 'Not recorded'}</dd>
        <dt>Last reviewed</dt><dd>{date(w.lastReviewedOn)}{w.updatedBy ? ` · updated by ${w.updatedBy}` : ''}</dd>
      </dl>
    </section>
  );
}

function WishesForm({ caseId, wishes, onCancel, onSaved }: { caseId: string; wishes: Wishes; onCancel: () => void; onSaved: () => void }) {
  const day = useServiceDay();
  const [w, setW] = useState<Wishes>({ ...wishes, lastReviewedOn: today() });
  const [proxy, setProxy] = useState({ name: '', relationship: '', phone: '', email: '', ...stripNulls(wishes.healthCareProxy) });
  const { submit, sending, problem, fieldError } = useSubmit();
  const text = (key: keyof Wishes) => ({
    value: (w[key] as string | null | undefined) ?? '',
    onChange: (e: { target: { value: string } }) => setW({ ...w, [key]: e.target.value }),
  });
  const blank = (v?: string | null) => (v && v.trim() ? v.trim() : null);
  const save = submit({
    send: () => api.saveWishes(caseId, {
      goalsOfCare: blank(w.goalsOfCare), polstStatus: w.polstStatus || null, codeStatus: w.codeStatus || null,
      preferredPlaceOfDeath: w.preferredPlaceOfDeath || null, placeOfDeathNotes: blank(w.placeOfDeathNotes),
      spiritualPreferences: blank(w.spiritualPreferences), culturalPreferences: blank(w.culturalPreferences),
      lastReviewedOn: w.lastReviewedOn || null,
      healthCareProxy: proxy.name.trim() ? { name: proxy.name.trim(), relationship: blank(proxy.relationship), phone: blank(proxy.phone), email: blank(proxy.email) } : null,
    }),
    onDone: onSaved,
  });
  const choice = (key: keyof Wishes, codes: string[]) => (
    <select value={(w[key] as string) ?? ''} onChange={(e) => setW({ ...w, [key]: e.target.value || null })}>
      <option value="">Not recorded</option>
      {codes.map((c) => <option key={c} value={c}>{label(c)}</option>)}
    </select>
  );
  return (
    <form className="panel" onSubmit={save} noValidate aria-label="Wishes and advance care planning">
      <h2>Wishes and advance care planning</h2>
      <ProblemNotice error={problem} />
      <Field label="Goals of care" error={fieldError('goalsOfCare')}><textarea rows={3} maxLength={4000} {...text('goalsOfCare')} /></Field>
      <fieldset>
        <legend>Health care proxy</legend>
        <div className="row">
          <Field label="Name" error={fieldError('healthCareProxy.name')}><input value={proxy.name} maxLength={200} onChange={(e) => setProxy({ ...proxy, name: e.target.value })} /></Field>
          <Field label="Relationship"><input value={proxy.relationship} maxLength={60} onChange={(e) => setProxy({ ...proxy, relationship: e.target.value })} /></Field>
        </div>
        <div className="row">
          <Field label="Phone" error={fieldError('healthCareProxy.phone')}><input type="tel" value={proxy.phone} maxLength={40} onChange={(e) => setProxy({ ...proxy, phone: e.target.value })} /></Field>
          <Field label="E-mail" error={fieldError('healthCareProxy.email')}><input type="email" value={proxy.email} maxLength={254} onChange={(e) => setProxy({ ...proxy, email: e.target.value })} /></Field>
        </div>
      </fieldset>
      <div className="row">
        <Field label="POLST">{choice('polstStatus', POLST)}</Field>
        <Field label="Code status">{choice('codeStatus', CODE)}</Field>
        <Field label="Preferred place of death">{choice('preferredPlaceOfDeath', PLACE)}</Field>
      </div>
      <Field label="Place of death notes"><textarea rows={2} maxLength={1000} {...text("placeOfDeathNotes")} /></Field>
      <Field label="Spiritual preferences"><textarea rows={2} maxLength={2000} {...text('spiritualPreferences')} /></Field>
      <Field label="Cultural preferences"><textarea rows={2} maxLength={2000} {...text('culturalPreferences')} /></Field>
      <Field label="Reviewed with the patient on" error={fieldError('lastReviewedOn')} hint={serviceDayHint(day)}><input type="date" max={latestDay(day)} {...text('lastReviewedOn')} /></Field>
      <FormButtons send="Save wishes" onCancel={onCancel} sending={sending} />
    </form>
  );
}

function stripNulls(proxy?: HealthCareProxy | null): Record<string, string> {
  return Object.fromEntries(Object.entries(proxy ?? {}).filter(([, v]) => v != null)) as Record<string, string>;
}
