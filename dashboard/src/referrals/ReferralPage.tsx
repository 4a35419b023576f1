import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/careloop';
import type { Referral } from '../api/types';
import { referralTone } from '../ui/tones';
import { useLiveRefresh } from '../ui/NotificationCenter';
import { hasRole, useMe } from '../ui/session';
import { date, dateTime, words } from '../ui/format';
import { Badge, Loading, ProblemNotice } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';
import { ReferralActions } from './ReferralActions';
import { OtherServices, PRESSING } from './OtherServices';
import { ReferralMessages } from './ReferralMessages';
import { SharedSummary } from './SharedSummary';
import { PART_NAMES } from './sharing';

/** One referral: what was shared under the family's consent, its history, and what this side can do next. */
export function ReferralPage() {
  const { referralId = '' } = useParams();
  const me = useMe();
  const loaded = useLoad(() => api.referral(referralId), [referralId]);
  const [updated, setUpdated] = useState<Referral>();
  useLiveRefresh(loaded.reload, (n) => n.link === `/referrals/${referralId}`);
  const referral = updated && loaded.data && updated.updatedAt > loaded.data.updatedAt ? updated : loaded.data;
  const service = useLoad(() => (referral ? api.directoryService(referral.serviceId) : Promise.resolve(undefined)), [referral?.serviceId]);

  if (!referral) return loaded.error ? <ProblemNotice error={loaded.error} onRetry={loaded.reload} /> : <Loading what="the referral" />;
  const receiving = hasRole(me, 'hospice-staff') && me.org === referral.organizationId;
  return (
    <article>
      <header className="case-head">
        <div>
          <p className="meta"><Link to={receiving ? '/referrals' : `/cases/${referral.caseId}/referrals`}>{receiving ? '← Referral inbox' : '← Back to the case'}</Link></p>
          <h1>{service.data?.name ?? words(referral.category)}</h1>
          <p>
            <Badge tone={referralTone(referral.status)}><span data-testid="referral-status">{words(referral.status)}</span></Badge>{' '}
            <Badge tone={referral.priority === 'routine' ? 'neutral' : 'warning'}>{words(referral.priority)}</Badge>
            {referral.overdue && <>{' '}<Badge tone="warning">Overdue</Badge></>}
            {referral.waitingList && <>{' '}<Badge tone="info">Waiting list</Badge></>}
            {referral.outcome && <span className="meta"> · outcome: {words(referral.outcome)}</span>}
            {referral.status === 'requested' && referral.answerDueAt && (
              <span className="meta"> · {referral.overdue ? 'Answer was due' : 'Answer due'}{' '}
                <time dateTime={referral.answerDueAt}>{dateTime(referral.answerDueAt)}</time></span>
            )}
          </p>
        </div>
        <ReferralActions referral={referral} onChanged={(r) => { setUpdated(r); loaded.reload(); }} />
      </header>
      <div className="grid">
        {!receiving && referral.status === 'rejected' && PRESSING.includes(referral.priority) && <OtherServices referral={referral} />}
        <section className="card wide" aria-labelledby="patient-h">
          <h2 id="patient-h">The patient, as shared</h2>
          <SharedSummary referral={referral} />
        </section>
        <section className="card" aria-labelledby="shared-h">
          <h2 id="shared-h">The referral</h2>
          <dl>
            <dt>Reason for referral</dt><dd className="prewrap">{referral.reason}</dd>
            <dt>Service</dt><dd>{service.data ? `${service.data.name}, ${service.data.organization.name}` : words(referral.category)}</dd>
            <dt>Referred by</dt><dd>{referral.requestedBy} (team {referral.team})</dd>
            <dt>Sent</dt><dd>{dateTime(referral.createdAt)}</dd>
            <dt>Case reference</dt><dd><code>{referral.caseId}</code>{!receiving && <> · <Link to={`/cases/${referral.caseId}`}>open case</Link></>}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="consent-h">
          <h2 id="consent-h">Consent</h2>
          <dl>
            <dt>Given by</dt><dd>{referral.consent.obtainedFrom || '—'}</dd>
            <dt>Given on</dt><dd>{date(referral.consent.obtainedOn)}</dd>
            <dt>Recorded by</dt><dd>{referral.consent.recordedBy || '—'}</dd>
            <dt>Covers</dt><dd>{referral.consent.scope?.length ? referral.consent.scope.map((p) => PART_NAMES[p]).join(', ') : 'Nothing about the patient'}</dd>
          </dl>
          <p className="meta">Only what the patient or their proxy agreed to share is shown here.</p>
        </section>
        {referral.status !== 'draft' && (
          <ReferralMessages referral={referral} side={receiving ? 'receiver' : 'requester'}
            otherEnd={service.data?.organization.name ?? 'The receiving organization'} />
        )}
        <section className="card wide" aria-labelledby="history-h">
          <h2 id="history-h">History</h2>
          <ol className="timeline">
            {[...referral.history].reverse().map((h, i) => (
              <li key={i}>
                <p className="meta"><time dateTime={h.at}>{dateTime(h.at)}</time> · {h.by} ({words(h.role)})</p>
                <p>{words(h.status)}{h.outcome ? ` — ${words(h.outcome)}` : ''}{h.reason ? `: ${h.reason}` : ''}</p>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
