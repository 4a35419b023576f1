import { Link } from 'react-router';
import { api } from '../../api/careloop';
import type { CareCase } from '../../api/types';
import { useLiveRefresh } from '../../ui/NotificationCenter';
import { date, dateTime, words } from '../../ui/format';
import { Badge, Empty, Loading, ProblemNotice } from '../../ui/Notices';
import { referralTone } from '../../ui/tones';
import { useLoad } from '../../ui/useLoad';

/** The case's referrals; their status follows the receiving organization live. */
export function CaseReferralsSection({ careCase }: { careCase: CareCase }) {
  const referrals = useLoad(() => api.referrals({ caseId: careCase.id, size: 100 }), [careCase.id]);
  useLiveRefresh(referrals.reload, (n) => n.kind.startsWith('REFERRAL'));
  const open = !['CLOSED', 'DISCHARGED', 'TRANSFERRED'].includes(careCase.status);
  return (
    <section aria-labelledby="referrals-h">
      <div className="page-head">
        <h2 id="referrals-h">Referrals</h2>
        {open && <Link className="button" to={`/cases/${careCase.id}/refer`}>Refer to a service</Link>}
      </div>
      <ProblemNotice error={referrals.error} onRetry={referrals.reload} />
      {!referrals.data && referrals.loading && <Loading what="referrals" />}
      {referrals.data && (referrals.data.items.length === 0 ? <Empty>No referral yet.</Empty> : (
        <table>
          <thead><tr><th scope="col">Service</th><th scope="col">Priority</th><th scope="col">Status</th><th scope="col">Sent</th><th scope="col">Last change</th></tr></thead>
          <tbody aria-live="polite">
            {referrals.data.items.map((r) => (
              <tr key={r.id}>
                <td><Link to={`/referrals/${r.id}`}>{words(r.category)}</Link></td>
                <td>{words(r.priority)}</td>
                <td><Badge tone={referralTone(r.status)}><span data-testid="referral-status">{words(r.status)}</span></Badge>{r.outcome ? ` · ${words(r.outcome)}` : ''}
                  {r.overdue && <>{' '}<Badge tone="warning">Overdue</Badge></>}{r.waitingList && r.status === 'requested' && <>{' '}<Badge>Waiting list</Badge></>}</td>
                <td>{date(r.createdAt)}</td>
                <td>{dateTime(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
