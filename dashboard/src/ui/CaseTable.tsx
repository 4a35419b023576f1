import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CareCase } from '../api/types';
import { age, date, patientName, words } from './format';
import { Badge } from './Notices';
import { statusTone } from './tones';
import type { Attention } from './attention';

/** Cases as a table: the patient, where the case stands, and what needs attention. */
export function CaseTable({ cases, attention, showWorker, action }: {
  cases: CareCase[];
  attention?: Attention;
  showWorker?: boolean;
  action?: (c: CareCase) => ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="cases">
        <caption className="visually-hidden">Cases</caption>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Diagnosis</th>
            <th scope="col">Status</th>
            {showWorker && <th scope="col">Social worker</th>}
            <th scope="col">Opened</th>
            <th scope="col">Needs attention</th>
            {action && <th scope="col">Reassign</th>}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const overdue = attention?.overdueFollowUps.get(c.id) ?? 0;
            const open = attention?.openReferrals.get(c.id) ?? 0;
            return (
              <tr key={c.id}>
                <td>
                  <Link to={`/cases/${c.id}`}>{patientName(c.patient)}</Link>
                  <span className="meta"> · {age(c.patient.dateOfBirth)} years</span>
                </td>
                <td>{c.diagnosis.condition}</td>
                <td><Badge tone={statusTone(c.status)}>{words(c.status)}</Badge></td>
                {showWorker && <td>{c.assignedWorker}</td>}
                <td>{date(c.openedAt)}</td>
                <td>
                  {overdue > 0 && <Badge tone="warning">{overdue} follow-up{overdue > 1 ? 's' : ''} due</Badge>}
                  {open > 0 && <Badge tone="info">{open} referral{open > 1 ? 's' : ''} open</Badge>}
                  {overdue === 0 && open === 0 && <span className="meta">—</span>}
                </td>
                {action && <td>{action(c)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
