import { useState } from 'react';
import { api } from '../api/careloop';
import { dateTime, words } from '../ui/format';
import { Empty, Loading, ProblemNotice } from '../ui/Notices';
import { Pager } from '../ui/Pager';
import { useLoad } from '../ui/useLoad';

const PAGE_SIZE = 50;

/**
 * The admin's view of the mails that could not be sent after all their attempts: which notification, to whom (a
 * staff member or an organization's intake), how often tried, the last error. Never the address or the text.
 */
export function MailFailuresPage() {
  const [page, setPage] = useState(0);
  const failures = useLoad(() => api.mailFailures(page), [page]);
  return (
    <section>
      <h1>Mails that could not be sent</h1>
      <p>Each was tried several times, waiting longer each time, and then given up. The person still has the
        notification in CareLoop; only the mail is missing.</p>
      <ProblemNotice error={failures.error} onRetry={failures.reload} />
      {!failures.data ? !failures.error && <Loading what="failed mails" /> : failures.data.items.length === 0 ? (
        <Empty>Every mail was sent.</Empty>
      ) : (
        <>
          <table>
            <caption>{failures.data.total} failed mail{failures.data.total === 1 ? '' : 's'}, newest first</caption>
            <thead>
              <tr><th scope="col">Failed at</th><th scope="col">Recipient</th><th scope="col">Notification</th>
                <th scope="col">Attempts</th><th scope="col">Last error</th></tr>
            </thead>
            <tbody>
              {failures.data.items.map((f) => (
                <tr key={f.id}>
                  <td>{dateTime(f.failedAt)}</td>
                  <td>{f.recipientKind ? words(f.recipientKind) : 'Unknown'}</td>
                  <td><code>{f.notificationId ?? '—'}</code></td>
                  <td>{f.attempts}</td>
                  <td>{f.lastError}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} size={PAGE_SIZE} total={failures.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
