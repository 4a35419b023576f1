import { api } from '../../api/careloop';
import type { AccessRecord, CareCase } from '../../api/types';
import { dateTime, sentence } from '../../ui/format';
import { Badge, Empty, Loading, ProblemNotice } from '../../ui/Notices';
import { useLoad } from '../../ui/useLoad';

/** What the person did, in plain words (the audit trail's action names are for machines). */
export function accessDescription(record: AccessRecord): string {
  if (record.listed) return 'Saw the case in a list';
  return sentence(record.action.replace(/^ROLE_REFUSED /, 'refused '));
}

/**
 * The case's access log, for its supervisors: who read or changed the case, when, from where, allowed or denied.
 * The family may ask for it (an accounting of disclosures).
 */
export function AccessLogSection({ careCase }: { careCase: CareCase }) {
  const log = useLoad(() => api.accessLog(careCase.id), [careCase.id]);
  return (
    <section aria-labelledby="access-h">
      <h2 id="access-h">Access log</h2>
      <p className="meta">Everyone who opened, changed or was refused this case, newest first.</p>
      <ProblemNotice error={log.error} onRetry={log.reload} />
      {!log.data && log.loading && <Loading what="the access log" />}
      {log.data && (log.data.items.length === 0 ? <Empty>No access recorded yet.</Empty> : (
        <table className="access-log">
          <thead>
            <tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th>
              <th scope="col">From</th><th scope="col">Result</th></tr>
          </thead>
          <tbody>
            {log.data.items.map((record, index) => (
              <tr key={`${record.at}-${index}`}>
                <td><time dateTime={record.at}>{dateTime(record.at)}</time></td>
                <td>{record.who} <span className="meta">({record.role})</span></td>
                <td>{accessDescription(record)}</td>
                <td>{record.clientAddress ?? '—'}</td>
                <td><Badge tone={record.outcome === 'DENIED' ? 'warning' : 'active'}>
                  {record.outcome === 'DENIED' ? 'Refused' : 'Allowed'}</Badge></td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {log.data && log.data.total > log.data.items.length && (
        <p className="meta">Showing the newest {log.data.items.length} of {log.data.total}.</p>
      )}
    </section>
  );
}
