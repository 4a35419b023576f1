import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/careloop';
import { CASE_STATUSES, CURRENT_STATUSES, type CareCase, type Referral } from '../api/types';
import { attentionLimit, loadAttention } from '../ui/attention';
import { ReassignForm } from '../ui/ReassignForm';
import { CaseTable } from '../ui/CaseTable';
import { BarChart } from '../ui/Charts';
import { useLiveRefresh } from '../ui/NotificationCenter';
import { useMe } from '../ui/session';
import { words } from '../ui/format';
import { Empty, Loading, ProblemNotice } from '../ui/Notices';
import { Pager } from '../ui/Pager';
import { useLoad } from '../ui/useLoad';
import { duration, percent, referralMetrics } from './metrics';

const PAGE_SIZE = 20;
/** The referral figures cover the team's most recent referrals, up to this many. */
const REFERRAL_WINDOW = 500;

async function recentReferrals(): Promise<{ items: Referral[]; total: number }> {
  const items: Referral[] = [];
  let total = 0;
  for (let page = 0; items.length < REFERRAL_WINDOW; page++) {
    const next = await api.referrals({ page, size: 100 });
    total = next.total;
    items.push(...next.items);
    if (next.items.length < 100) break;
  }
  return { items, total };
}

/** The supervisor's view: the team's caseload with reassignment, and how the team is doing. */
export function TeamPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const worker = params.get('worker') ?? '';
  const page = Number(params.get('page') ?? '0') || 0;
  const [reassigning, setReassigning] = useState<string>();

  const cases = useLoad(() => api.cases({ status: CURRENT_STATUSES, assignedTo: worker || undefined, page, size: PAGE_SIZE, sort: 'updatedAt,desc' }), [worker, page]);
  const byStatus = useLoad(() => Promise.all(CASE_STATUSES.map((s) => api.cases({ status: [s], size: 1 }).then((p) => ({ label: words(s), value: p.total })))), []);
  const referrals = useLoad(recentReferrals, []);
  const followUps = useLoad(() => api.followUpSummary(), []);
  const attention = useLoad(loadAttention, []);
  useLiveRefresh(() => { referrals.reload(); attention.reload(); });

  const workers = [...new Set((cases.data?.items ?? []).map((c: CareCase) => c.assignedWorker))].sort();
  const metrics = referrals.data ? referralMetrics(referrals.data.items) : undefined;
  return (
    <section>
      <h1>Team {me.team}</h1>
      <div className="grid">
        <section className="card" aria-labelledby="status-h">
          <h2 id="status-h">Cases by status</h2>
          <ProblemNotice error={byStatus.error} onRetry={byStatus.reload} />
          {byStatus.data ? <BarChart title="Cases by status" bars={byStatus.data} /> : !byStatus.error && <Loading what="figures" />}
        </section>
        <section className="card" aria-labelledby="referral-h">
          <h2 id="referral-h">Referrals</h2>
          <ProblemNotice error={referrals.error} onRetry={referrals.reload} />
          {!metrics ? !referrals.error && <Loading what="figures" /> : metrics.sent === 0 ? <Empty>No referral sent yet.</Empty> : (
            <>
              <BarChart title="Referrals" bars={[{ label: 'Sent', value: metrics.sent }, { label: 'Accepted', value: metrics.accepted }, { label: 'Closed', value: metrics.closed }]} />
              <dl>
                <dt>Loop closed</dt><dd>{percent(metrics.closureRate)} of sent referrals reached an end</dd>
                <dt>Family got help</dt><dd>{percent(metrics.gotHelpRate)} of closed referrals</dd>
                <dt>Time to acceptance</dt><dd>median {duration(metrics.medianHoursToAcceptance)}, slowest {duration(metrics.slowestHoursToAcceptance)}</dd>
              </dl>
              {referrals.data && referrals.data.total > referrals.data.items.length && (
                <p className="meta">Figures of the {referrals.data.items.length} most recent of {referrals.data.total} referrals.</p>
              )}
            </>
          )}
        </section>
        <section className="card" aria-labelledby="followup-h">
          <h2 id="followup-h">Bereavement follow-ups</h2>
          <ProblemNotice error={followUps.error} onRetry={followUps.reload} />
          {!followUps.data ? !followUps.error && <Loading what="figures" /> : followUps.data.done + followUps.data.overdue === 0 ? <Empty>No follow-up has fallen due yet.</Empty> : (
            <>
              <BarChart title="Bereavement follow-ups" bars={[
                { label: 'Done on time', value: followUps.data.doneOnTime },
                { label: 'Late, skipped or no answer', value: followUps.data.done - followUps.data.doneOnTime },
                { label: 'Overdue now', value: followUps.data.overdue },
              ]} />
              <p>{percent(followUps.data.done ? followUps.data.doneOnTime / followUps.data.done : 0)} of the follow-ups recorded reached the family member on time (completed or declined within {followUps.data.graceDays} days of their date; skipped and no answer do not count).</p>
            </>
          )}
        </section>
      </div>

      <h2>Team caseload</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor="worker-filter">Social worker</label>
          <input id="worker-filter" list="team-workers" value={worker} placeholder="Everyone"
            onChange={(e) => setParams(e.target.value ? { worker: e.target.value } : {}, { replace: true })} />
          <datalist id="team-workers">{workers.map((w) => <option key={w} value={w} />)}</datalist>
        </div>
        <Link className="button" to="/cases/new">Open a case</Link>
      </div>
      <ProblemNotice error={cases.error} onRetry={cases.reload} />
      {attentionLimit(attention.data) && <p className="meta" role="status">{attentionLimit(attention.data)}</p>}
      {!cases.data && cases.loading && <Loading what="cases" />}
      {cases.data && (cases.data.total === 0 ? <Empty>No current case{worker ? ` for ${worker}` : ''}.</Empty> : (
        <>
          <CaseTable cases={cases.data.items} attention={attention.data} showWorker
            action={(c) => reassigning === c.id ? (
              <ReassignForm careCase={c}
                onCancel={() => setReassigning(undefined)} onDone={() => { setReassigning(undefined); cases.reload(); }} />
            ) : (
              <button type="button" className="button-secondary" onClick={() => setReassigning(c.id)}
                aria-label={`Reassign the case of ${c.patient.givenName} ${c.patient.familyName}`}>
                Reassign
              </button>
            )} />
          <Pager page={page} size={PAGE_SIZE} total={cases.data.total}
            onPage={(p) => setParams({ ...(worker ? { worker } : {}), page: String(p) })} />
        </>
      ))}
    </section>
  );
}
