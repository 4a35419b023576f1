import { NavLink, useParams } from 'react-router';
import { api } from '../api/careloop';
import { hasRole, useMe } from '../ui/session';
import { age, date, patientName, words } from '../ui/format';
import { Badge, Loading, ProblemNotice } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';
import { CaseActions } from './CaseActions';
import { statusTone } from '../ui/tones';
import { AccessLogSection } from './sections/AccessLogSection';
import { AssessmentSection } from './sections/AssessmentSection';
import { BereavementSection } from './sections/BereavementSection';
import { FamilySection } from './sections/FamilySection';
import { OverviewSection } from './sections/OverviewSection';
import { CaseReferralsSection } from './sections/CaseReferralsSection';
import { TimelineSection } from './sections/TimelineSection';
import { WishesSection } from './sections/WishesSection';

const SECTIONS = [
  ['overview', 'Overview'],
  ['family', 'Family and caregivers'],
  ['assessment', 'Psychosocial assessment'],
  ['wishes', 'Wishes and advance care planning'],
  ['referrals', 'Referrals'],
  ['timeline', 'Timeline'],
  ['bereavement', 'Bereavement plan'],
  ['access-log', 'Access log'],
] as const;

/** The access log is the supervisors' (and the auditor's, who has no case page). */
function sectionsFor(supervisor: boolean) {
  return SECTIONS.filter(([key]) => key !== 'access-log' || supervisor);
}

export function CasePage() {
  const { caseId = '', section = 'overview' } = useParams();
  const loaded = useLoad(() => api.case(caseId), [caseId]);
  const sections = sectionsFor(hasRole(useMe(), 'supervisor'));

  if (!loaded.data) {
    return loaded.error ? <ProblemNotice error={loaded.error} onRetry={loaded.reload} /> : <Loading what="the case" />;
  }
  const c = loaded.data;
  return (
    <article className="case">
      <header className="case-head">
        <div>
          <h1>{patientName(c.patient)}</h1>
          <p className="lead">
            {age(c.patient.dateOfBirth)} years · born {date(c.patient.dateOfBirth)} · {c.diagnosis.condition}
            {c.diagnosis.stage ? `, stage ${c.diagnosis.stage}` : ''}
          </p>
          <p>
            <Badge tone={statusTone(c.status)}>{words(c.status)}</Badge>
            {c.dateOfDeath && <span className="meta"> · died {date(c.dateOfDeath)}</span>}
            <span className="meta"> · social worker {c.assignedWorker} · team {c.team}</span>
          </p>
        </div>
        <CaseActions careCase={c} onChanged={loaded.reload} />
      </header>
      <nav className="tabs" aria-label="Case sections">
        <ul>
          {sections.map(([key, label]) => (
            <li key={key}>
              <NavLink to={`/cases/${c.id}/${key}`} className={() => (key === section ? 'active' : '')}
                aria-current={key === section ? 'page' : undefined}>{label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="section">
        {section === 'overview' && <OverviewSection careCase={c} />}
        {section === 'family' && <FamilySection careCase={c} />}
        {section === 'assessment' && <AssessmentSection careCase={c} />}
        {section === 'wishes' && <WishesSection careCase={c} />}
        {section === 'referrals' && <CaseReferralsSection careCase={c} />}
        {section === 'timeline' && <TimelineSection careCase={c} />}
        {section === 'bereavement' && <BereavementSection careCase={c} onChanged={loaded.reload} />}
        {section === 'access-log' && sections.some(([key]) => key === 'access-log')
          && <AccessLogSection careCase={c} />}
        {!sections.some(([key]) => key === section) && <p>There is no such section. Choose one above.</p>}
      </div>
    </article>
  );
}
