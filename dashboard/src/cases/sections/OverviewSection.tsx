import { Link } from 'react-router';
import { api } from '../../api/careloop';
import type { CareCase } from '../../api/types';
import { date, words } from '../../ui/format';
import { Empty } from '../../ui/Notices';
import { useLoad } from '../../ui/useLoad';

/** Diagnosis, palliative treatments and who is caring: the first thing a colleague covering the case reads. */
export function OverviewSection({ careCase }: { careCase: CareCase }) {
  const c = careCase;
  const summary = c.treatmentSummary;
  const referrals = useLoad(() => api.referrals({ caseId: c.id, status: ['accepted', 'in-progress', 'on-hold'], size: 50 }), [c.id]);
  return (
    <div className="grid">
      <section className="card" aria-labelledby="diagnosis-h">
        <h2 id="diagnosis-h">Diagnosis</h2>
        <dl>
          <dt>Condition</dt><dd>{c.diagnosis.condition}</dd>
          <dt>Site</dt><dd>{c.diagnosis.site || '—'}</dd>
          <dt>Stage</dt><dd>{c.diagnosis.stage || '—'}</dd>
          <dt>Diagnosed</dt><dd>{date(c.diagnosis.diagnosedOn)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="contact-h">
        <h2 id="contact-h">Patient</h2>
        <dl>
          <dt>Phone</dt><dd>{c.patient.phone || '—'}</dd>
          <dt>Address</dt><dd>{c.patient.address || '—'}</dd>
          <dt>Case opened</dt><dd>{date(c.openedAt)}</dd>
        </dl>
      </section>
      <section className="card wide" aria-labelledby="treatment-h">
        <h2 id="treatment-h">Palliative treatments</h2>
        {!summary || summary.treatments.length === 0 ? <Empty>No treatments recorded yet.</Empty> : (
          <table>
            <thead><tr><th scope="col">Treatment</th><th scope="col">Status</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Notes</th></tr></thead>
            <tbody>
              {summary.treatments.map((t, i) => (
                <tr key={i}><td>{words(t.kind)}</td><td>{words(t.status)}</td><td>{date(t.startedOn)}</td><td>{date(t.endedOn)}</td><td>{t.notes || ''}</td></tr>
              ))}
            </tbody>
          </table>
        )}
        {summary && summary.symptomMedications.length > 0 && (
          <p><strong>Symptom medications:</strong> {summary.symptomMedications.join(', ')}</p>
        )}
        {summary && summary.holisticTherapies.length > 0 && (
          <p><strong>Holistic therapies:</strong> {summary.holisticTherapies.map(words).join(', ')}</p>
        )}
        {summary?.notes && <p>{summary.notes}</p>}
      </section>
      <section className="card wide" aria-labelledby="team-h">
        <h2 id="team-h">Care team</h2>
        <ul className="plain">
          <li><strong>{c.assignedWorker}</strong>, social worker (team {c.team})</li>
          {referrals.data?.items.map((r) => (
            <li key={r.id}><Link to={`/referrals/${r.id}`}>{words(r.category)}</Link>: {words(r.status)} since {date(r.updatedAt)}</li>
          ))}
        </ul>
        {referrals.data && referrals.data.items.length === 0 && (
          <p className="meta">No service has accepted a referral yet. <Link to={`/cases/${c.id}/refer`}>Refer to a service</Link></p>
        )}
      </section>
    </div>
  );
}
