import { useId } from 'react';
import { Link } from 'react-router';
import { api } from '../api/careloop';
import type { Priority, Referral } from '../api/types';
import { words } from '../ui/format';
import { Empty, Loading, ProblemNotice } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';

/** The priorities whose rejection leaves a patient waiting: the requester is shown where else to turn. */
export const PRESSING: Priority[] = ['urgent', 'asap', 'stat'];

/** A category in words, for a sentence: "hospice", "community" (not "community services services"). */
const categoryWords = (category: string) => words(category).toLowerCase().replace(/ services$/, '');

/**
 * After a pressing referral was declined: the other services of its category that are active with capacity now,
 * each with "Refer" (the wizard, for the same case, starting from that service).
 */
export function OtherServices({ referral }: { referral: Pick<Referral, 'category' | 'serviceId' | 'caseId'> }) {
  const id = useId();
  const services = useLoad(() => api.searchServices({ category: referral.category, available: true, size: 20 }), [referral.category]);
  const others = services.data?.items.filter((s) => s.id !== referral.serviceId);
  const what = categoryWords(referral.category);
  return (
    <section className="card wide" aria-labelledby={id}>
      <h2 id={id}>Other {what} services with capacity</h2>
      <ProblemNotice error={services.error} onRetry={services.reload} />
      {!services.data && services.loading && <Loading what="services" />}
      {others && (others.length === 0 ? (
        <Empty>No other {what} service has capacity now. <Link to="/directory">Search the directory</Link> for a waiting list.</Empty>
      ) : (
        <ul className="services">
          {others.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>, {s.organization.name}{s.serviceArea ? <span className="meta"> · {s.serviceArea}</span> : null}
              {' '}<Link className="button" to={`/cases/${referral.caseId}/refer?service=${s.id}`} aria-label={`Refer to ${s.name}`}>Refer</Link>
            </li>
          ))}
        </ul>
      ))}
    </section>
  );
}
