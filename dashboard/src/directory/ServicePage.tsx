import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../api/careloop';
import { CURRENT_STATUSES, type DirectoryService } from '../api/types';
import { Field } from '../ui/Field';
import { patientName, words } from '../ui/format';
import { Badge, Loading, ProblemNotice } from '../ui/Notices';
import { availabilityBadges, CAPACITY_WORDS, takesReferrals } from '../ui/serviceAvailability';
import { useLoad } from '../ui/useLoad';
import { useMe, worksCases } from '../ui/session';

/** One service of the directory: everything a worker checks before referring, and "Refer" from one of their cases. */
export function ServicePage() {
  const { serviceId = '' } = useParams();
  const me = useMe();
  // the directory's search this page was opened from
  const from = (useLocation().state as { directory?: string } | null)?.directory;
  const service = useLoad(() => api.directoryService(serviceId), [serviceId]);
  const [referring, setReferring] = useState(false);
  const s = service.data;
  if (!s) return service.error ? <ProblemNotice error={service.error} onRetry={service.reload} /> : <Loading what="the service" />;
  return (
    <section className="narrow">
      <p className="meta"><Link to={from ? `/directory?${from}` : '/directory'}>← Back to the directory</Link></p>
      <h1>{s.name}</h1>
      <p>{availabilityBadges(s).map((b) => <Badge key={b.text} tone={b.tone}>{b.text}</Badge>)}</p>
      <dl className="wide-dl">
        <dt>Organization</dt><dd>{s.organization.name}</dd>
        <dt>Category</dt><dd>{words(s.category)}</dd>
        <dt>What it offers</dt><dd className="prewrap">{s.description || '—'}</dd>
        <dt>Eligibility</dt><dd className="prewrap">{s.eligibility || '—'}</dd>
        <dt>Service area</dt><dd>{s.serviceArea || '—'}</dd>
        <dt>Fees</dt><dd>{s.fees || '—'}</dd>
        <dt>Contact</dt>
        <dd>{s.contact?.phone || s.contact?.email ? (
          <>
            {s.contact.phone && <a href={`tel:${s.contact.phone}`}>{s.contact.phone}</a>}
            {s.contact.phone && s.contact.email && ' · '}
            {s.contact.email && <a href={`mailto:${s.contact.email}`}>{s.contact.email}</a>}
          </>
        ) : '—'}</dd>
        <dt>Status</dt><dd>{words(s.status)}</dd>
        <dt>Capacity</dt><dd>{CAPACITY_WORDS[s.capacity] ?? words(s.capacity)}</dd>
      </dl>
      {!takesReferrals(s) ? (
        <p className="panel">This service takes no referrals now.</p>
      ) : worksCases(me) && (referring ? <ChooseCase service={s} onCancel={() => setReferring(false)} /> : (
        <div className="actions"><button type="button" onClick={() => setReferring(true)}>Refer</button></div>
      ))}
    </section>
  );
}

/** Which of the worker's current cases (a supervisor: the team's) to refer from; then the wizard, with this service. */
function ChooseCase({ service, onCancel }: { service: DirectoryService; onCancel: () => void }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [caseId, setCaseId] = useState('');
  useEffect(() => {
    const wait = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(wait);
  }, [text]);
  const cases = useLoad(() => api.cases({ status: CURRENT_STATUSES, q: q || undefined, sort: 'patientName,asc', size: 50 }), [q]);
  const found = cases.data?.items ?? [];
  const chosen = found.some((c) => c.id === caseId) ? caseId : found[0]?.id ?? '';
  return (
    <form className="panel" aria-labelledby="refer-from" onSubmit={(e) => {
      e.preventDefault();
      if (chosen) navigate(`/cases/${chosen}/refer?service=${service.id}`);
    }}>
      <h2 id="refer-from">Refer to {service.name}</h2>
      <Field label="Patient’s name" hint="Narrows the list of your current cases">
        <input type="search" value={text} maxLength={100} onChange={(e) => setText(e.target.value)} />
      </Field>
      <ProblemNotice error={cases.error} onRetry={cases.reload} />
      {!cases.data ? !cases.error && <Loading what="your cases" /> : found.length === 0 ? (
        <p>{q ? 'No current case matches this name.' : 'You have no current case to refer from.'}</p>
      ) : (
        <Field label="Refer from the case of">
          <select value={chosen} onChange={(e) => setCaseId(e.target.value)}>
            {found.map((c) => (
              <option key={c.id} value={c.id}>{patientName(c.patient)} ({words(c.status)})</option>
            ))}
          </select>
        </Field>
      )}
      <div className="button-row">
        <button type="submit" disabled={!chosen}>Continue to the referral</button>
        <button type="button" className="button-secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
