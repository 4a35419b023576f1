import { Link } from 'react-router';
import { ServiceSearch } from '../ui/ServiceSearch';

/** The resource directory for social workers and supervisors: browse by category, search, open a service. */
export function DirectoryPage() {
  return (
    <section>
      <h1>Service directory</h1>
      <p className="lead">Services for patients and families in your area: what they offer, who may use them, and
        whether they take referrals now.</p>
      <ServiceSearch headingLevel={2} action={(s) => (
        <Link to={`/directory/services/${s.id}`} aria-label={`Details of ${s.name}`}>Details and referral</Link>
      )} />
    </section>
  );
}
