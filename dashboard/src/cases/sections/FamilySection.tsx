import { useState } from 'react';
import { api } from '../../api/careloop';
import type { CareCase, Risk } from '../../api/types';
import { words } from '../../ui/format';
import { Field, FormButtons } from '../../ui/Field';
import { Badge, Empty, Loading, ProblemNotice } from '../../ui/Notices';
import { useLoad } from '../../ui/useLoad';
import { useSubmit } from '../../ui/useSubmit';

const RISK_HINT = 'High: first bereavement contact 3 days after the death; moderate: 14 days; low: one month.';

export function FamilySection({ careCase }: { careCase: CareCase }) {
  const family = useLoad(() => api.family(careCase.id), [careCase.id]);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="family-h">
      <div className="page-head">
        <h2 id="family-h">Family and caregivers</h2>
        {!adding && careCase.status !== 'CLOSED' && <button type="button" onClick={() => setAdding(true)}>Add family member</button>}
      </div>
      {adding && <FamilyMemberForm caseId={careCase.id} onCancel={() => setAdding(false)} onAdded={() => { setAdding(false); family.reload(); }} />}
      <ProblemNotice error={family.error} onRetry={family.reload} />
      {!family.data && family.loading && <Loading what="family members" />}
      {family.data && (family.data.length === 0 ? <Empty>No family member or caregiver recorded yet.</Empty> : (
        <table>
          <thead><tr><th scope="col">Name</th><th scope="col">Relationship</th><th scope="col">Contact</th><th scope="col">Role</th><th scope="col">Bereavement risk</th></tr></thead>
          <tbody>
            {family.data.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{m.relationship}</td>
                <td>{[m.phone, m.email].filter(Boolean).join(' · ') || '—'}</td>
                <td>{[m.isPrimaryContact && 'Primary contact', m.isCaregiver && 'Caregiver'].filter(Boolean).join(', ') || '—'}</td>
                <td><Badge tone={m.bereavementRisk === 'HIGH' ? 'warning' : 'neutral'}>{words(m.bereavementRisk)}</Badge></td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

function FamilyMemberForm({ caseId, onCancel, onAdded }: { caseId: string; onCancel: () => void; onAdded: () => void }) {
  const [form, setForm] = useState({ name: '', relationship: '', phone: '', email: '', isPrimaryContact: false, isCaregiver: false, bereavementRisk: 'MODERATE' as Risk });
  const { submit, sending, problem, fieldError: error } = useSubmit();
  const save = submit({
    check: () => ({
      name: form.name.trim() ? undefined : 'Enter the name.',
      relationship: form.relationship.trim() ? undefined : 'Enter the relationship to the patient.',
      email: form.email && !/^[^@\s]+@[^@\s]+$/.test(form.email) ? 'Enter an e-mail address like name@example.org.' : undefined,
    }),
    send: () => api.addFamilyMember(caseId, {
      ...form, name: form.name.trim(), relationship: form.relationship.trim(),
      phone: form.phone.trim() || undefined, email: form.email.trim() || undefined,
    }),
    onDone: onAdded,
  });
  return (
    <form className="panel" onSubmit={save} noValidate aria-label="Add family member">
      <ProblemNotice error={problem} />
      <div className="row">
        <Field label="Name" required error={error('name')}><input value={form.name} maxLength={200} onChange={(e) => setForm({ ...form, name: e.target.value })} /></Field>
        <Field label="Relationship" required error={error('relationship')} hint="Spouse, daughter, friend…"><input value={form.relationship} maxLength={60} onChange={(e) => setForm({ ...form, relationship: e.target.value })} /></Field>
      </div>
      <div className="row">
        <Field label="Phone" error={error('phone')}><input type="tel" value={form.phone} maxLength={40} onChange={(e) => setForm({ ...form, phone: e.target.value })} /></Field>
        <Field label="E-mail" error={error('email')}><input type="email" value={form.email} maxLength={200} onChange={(e) => setForm({ ...form, email: e.target.value })} /></Field>
      </div>
      <Field label="Bereavement risk" required hint={RISK_HINT} error={error('bereavementRisk')}>
        <select value={form.bereavementRisk} onChange={(e) => setForm({ ...form, bereavementRisk: e.target.value as Risk })}>
          <option value="LOW">Low</option><option value="MODERATE">Moderate</option><option value="HIGH">High</option>
        </select>
      </Field>
      <label className="check"><input type="checkbox" checked={form.isPrimaryContact} onChange={(e) => setForm({ ...form, isPrimaryContact: e.target.checked })} /> Primary contact</label>
      <label className="check"><input type="checkbox" checked={form.isCaregiver} onChange={(e) => setForm({ ...form, isCaregiver: e.target.checked })} /> Caregiver</label>
      <FormButtons send="Add" onCancel={onCancel} sending={sending} />
    </form>
  );
}
