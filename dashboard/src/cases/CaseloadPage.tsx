import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/careloop';
import { CASE_STATUSES, CURRENT_STATUSES } from '../api/types';
import { useLiveRefresh } from '../ui/NotificationCenter';
import { words } from '../ui/format';
import { Empty, Loading, ProblemNotice } from '../ui/Notices';
import { Pager } from '../ui/Pager';
import { useLoad } from '../ui/useLoad';
import { attentionLimit, loadAttention } from '../ui/attention';
import { CaseTable } from '../ui/CaseTable';

const PAGE_SIZE = 20;
const SORTS: Record<string, string> = {
  'openedAt,desc': 'Newest first',
  'openedAt,asc': 'Oldest first',
  'updatedAt,desc': 'Recently changed',
  'patientName,asc': 'Patient name',
  'status,asc': 'Status',
};

/** The social worker's caseload: filters and search live in the address, so a view can be bookmarked. */
export function CaseloadPage() {
  const [params, setParams] = useSearchParams();
  const statuses = params.has('status') ? params.getAll('status').filter(Boolean) : CURRENT_STATUSES;
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'openedAt,desc';
  const page = Number(params.get('page') ?? '0') || 0;
  const [search, setSearch] = useState(q);

  const update = (change: Record<string, string | string[] | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      next.delete(key);
      if (Array.isArray(value)) (value.length ? value : ['']).forEach((v) => next.append(key, v));
      else if (value) next.set(key, value);
    }
    if (!('page' in change)) next.delete('page');
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if (search === q) return;
    const wait = setTimeout(() => update({ q: search.trim() || null }), 300);
    return () => clearTimeout(wait);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const cases = useLoad(() => (statuses.length === 0 ? Promise.resolve({ items: [], page: 0, size: PAGE_SIZE, total: 0 })
    : api.cases({ status: statuses, q, sort, page, size: PAGE_SIZE })),
    [statuses.join(','), q, sort, page]);
  const attention = useLoad(loadAttention, []);
  useLiveRefresh(attention.reload);

  const toggle = (status: string) =>
    update({ status: statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status] });

  const total = cases.data?.total ?? 0;
  return (
    <section>
      <div className="page-head">
        <h1>Caseload</h1>
        <Link className="button" to="/cases/new">Open a case</Link>
      </div>
      <div className="filters">
        <fieldset className="status-filter">
          <legend>Status</legend>
          {CASE_STATUSES.map((s) => (
            <label key={s} className="chip">
              <input type="checkbox" checked={statuses.includes(s)} onChange={() => toggle(s)} /> {words(s)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="case-search">Search patients</label>
          <input id="case-search" type="search" value={search} placeholder="Name"
            onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="case-sort">Sort by</label>
          <select id="case-sort" value={sort} onChange={(e) => update({ sort: e.target.value })}>
            {Object.entries(SORTS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
      </div>
      <ProblemNotice error={cases.error} onRetry={cases.reload} />
      {attention.error && <p className="meta">Follow-ups and referrals could not be loaded just now.</p>}
      {attentionLimit(attention.data) && <p className="meta" role="status">{attentionLimit(attention.data)}</p>}
      {!cases.data && cases.loading && <Loading what="cases" />}
      {cases.data && (total === 0 ? (
        <Empty>
          {q || params.has('status') ? 'No case matches these filters.' : 'No cases yet.'}{' '}
          <Link to="/cases/new">Open a case</Link>
        </Empty>
      ) : (
        <>
          <p className="meta" aria-live="polite">{total} case{total === 1 ? '' : 's'}</p>
          <CaseTable cases={cases.data.items} attention={attention.data} />
          <Pager page={page} size={PAGE_SIZE} total={total} onPage={(p) => update({ page: String(p) })} />
        </>
      ))}
    </section>
  );
}
