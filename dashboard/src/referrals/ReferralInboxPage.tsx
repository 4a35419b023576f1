import { useSearchParams, Link } from 'react-router';
import { api } from '../api/careloop';
import type { Referral } from '../api/types';
import { referralTone } from '../ui/tones';
import { useLiveRefresh } from '../ui/NotificationCenter';
import { hasRole, useMe } from '../ui/session';
import { dateTime, words } from '../ui/format';
import { Badge, Empty, Loading, ProblemNotice } from '../ui/Notices';
import { Pager } from '../ui/Pager';
import { useLoad } from '../ui/useLoad';

const VIEWS: Record<string, { label: string; statuses: string[]; overdue?: boolean }> = {
  new: { label: 'New', statuses: ['requested'] },
  // still requested past the priority's answer time (referral-service decides; `overdue=true`)
  overdue: { label: 'Overdue', statuses: [], overdue: true },
  active: { label: 'Accepted and in progress', statuses: ['accepted', 'in-progress', 'on-hold'] },
  closed: { label: 'Closed', statuses: ['completed', 'failed', 'rejected', 'cancelled', 'entered-in-error'] },
  all: { label: 'All', statuses: [] },
};
const PAGE_SIZE = 25;

/**
 * Hospice and partner staff: the referrals sent to their organization, live (a new one appears without reloading).
 * Social workers: the referrals of their cases.
 */
export function ReferralInboxPage() {
  const me = useMe();
  const staff = hasRole(me, 'hospice-staff');
  const [params, setParams] = useSearchParams();
  const view = VIEWS[params.get('view') ?? ''] ? params.get('view')! : staff ? 'new' : 'active';
  const page = Number(params.get('page') ?? '0') || 0;
  const referrals = useLoad(
    () => api.referrals({ status: VIEWS[view].statuses, overdue: VIEWS[view].overdue, page, size: PAGE_SIZE }), [view, page]);
  useLiveRefresh(referrals.reload, (n) => n.kind.startsWith('REFERRAL'));

  return (
    <section>
      <h1>{staff ? 'Referral inbox' : 'Referrals'}</h1>
      <nav className="tabs" aria-label="Referral views">
        <ul>
          {Object.entries(VIEWS).map(([key, v]) => (
            <li key={key}><Link to={`?view=${key}`} className={key === view ? 'active' : ''} aria-current={key === view ? 'page' : undefined}>{v.label}</Link></li>
          ))}
        </ul>
      </nav>
      <ProblemNotice error={referrals.error} onRetry={referrals.reload} />
      {!referrals.data && referrals.loading && <Loading what="referrals" />}
      {referrals.data && (referrals.data.items.length === 0 ? (
        <Empty>{staff && view === 'new' ? 'No new referral. New ones appear here as they are sent.'
          : view === 'overdue' ? 'No referral is waiting past its answer time.' : 'No referral here.'}</Empty>
      ) : (
        <>
          <table className="inbox">
            <caption className="visually-hidden">Referrals, newest first</caption>
            <thead><tr><th scope="col">Received</th>{staff && <th scope="col">Patient</th>}<th scope="col">Service</th><th scope="col">Reason</th><th scope="col">Priority</th><th scope="col">Status</th><th scope="col">{staff ? 'From' : 'Case'}</th></tr></thead>
            <tbody aria-live="polite">
              {referrals.data.items.map((r) => (
                <tr key={r.id} data-testid="referral-row" className={r.overdue ? 'overdue' : undefined}>
                  <td><Link to={`/referrals/${r.id}`}>{dateTime(r.createdAt)}</Link></td>
                  {staff && <td>{sharedName(r) ?? <span className="meta">Not shared</span>}</td>}
                  <td>{words(r.category)}</td>
                  <td className="reason">{r.reason.length > 90 ? r.reason.slice(0, 90) + '…' : r.reason}</td>
                  <td><Badge tone={r.priority === 'routine' ? 'neutral' : 'warning'}>{words(r.priority)}</Badge></td>
                  <td>
                    <Badge tone={referralTone(r.status)}>{words(r.status)}</Badge>
                    {r.overdue && <>{' '}<Badge tone="warning">Overdue</Badge></>}
                  </td>
                  <td>{staff ? `${r.requestedBy}, team ${r.team}` : <Link to={`/cases/${r.caseId}`}>Open case</Link>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} size={PAGE_SIZE} total={referrals.data.total}
            onPage={(p) => setParams({ view, page: String(p) })} />
        </>
      ))}
    </section>
  );
}

/** The patient's name, where the referral shared their identity. */
function sharedName(r: Referral): string | undefined {
  const p = r.shared?.patient;
  return [p?.givenName, p?.familyName].filter(Boolean).join(' ') || undefined;
}
