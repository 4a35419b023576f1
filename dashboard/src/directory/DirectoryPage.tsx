import { Link, useSearchParams } from 'react-router';
import { REFERRAL_CATEGORIES, type ReferralCategory } from '../api/types';
import { ServiceSearch, type DirectorySearch } from '../ui/ServiceSearch';

/**
 * The resource directory for social workers and supervisors: browse by category, search, open a service. The
 * search is kept in the address, so that "Back to the directory" and a shared link show the same page.
 */
export function DirectoryPage() {
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? '';
  const initial: Partial<DirectorySearch> = {
    category: (REFERRAL_CATEGORIES as string[]).includes(category) ? category as ReferralCategory : '',
    q: params.get('q') ?? '',
    available: params.get('available') === 'true',
    page: Math.max(0, Number(params.get('page')) || 0),
  };
  const keep = (search: DirectorySearch) => {
    const next = new URLSearchParams();
    if (search.category) next.set('category', search.category);
    if (search.q) next.set('q', search.q);
    if (search.available) next.set('available', 'true');
    if (search.page > 0) next.set('page', String(search.page));
    setParams(next, { replace: true });
  };
  return (
    <section>
      <h1>Service directory</h1>
      <p className="lead">Services for patients and families in your area: what they offer, who may use them, and
        whether they take referrals now.</p>
      <ServiceSearch headingLevel={2} initial={initial} onSearch={keep} action={(s) => (
        <Link to={`/directory/services/${s.id}`} state={{ directory: params.toString() }}>Details and referral{' '}<span className="visually-hidden">for {s.name}</span></Link>
      )} />
    </section>
  );
}
