import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { api } from '../api/careloop';
import { REFERRAL_CATEGORIES, type DirectoryService, type ReferralCategory } from '../api/types';
import { Field } from './Field';
import { words } from './format';
import { Badge, Empty, Loading, ProblemNotice } from './Notices';
import { Pager } from './Pager';
import { availabilityBadges } from './serviceAvailability';
import { useLoad } from './useLoad';

const PAGE_SIZE = 10;
/** The tabs: every category, after "All" (the empty code). */
const TABS: (ReferralCategory | '')[] = ['', ...REFERRAL_CATEGORIES];

/** What the reader is looking at: a page of a category's services matching words. */
export interface DirectorySearch {
  category: ReferralCategory | '';
  q: string;
  available: boolean;
  page: number;
}

/**
 * Finding a service in the directory: category tabs (a tablist: arrows, Home and End move between them), words
 * searched once typing pauses, and the directory's pages one at a time, each service with its organization,
 * category and whether it takes referrals now. What the reader does with a service (choose it, open it) is the
 * caller's `action`. A page that keeps the search in its address starts from `initial` and hears of each change
 * through `onSearch`.
 */
export function ServiceSearch({ action, headingLevel = 3, initial = {}, onSearch }: {
  action: (service: DirectoryService) => ReactNode;
  /** The level of each service's heading, below the page's own headings. */
  headingLevel?: 2 | 3 | 4;
  initial?: Partial<DirectorySearch>;
  onSearch?: (search: DirectorySearch) => void;
}) {
  const id = useId();
  const [category, setCategory] = useState<ReferralCategory | ''>(initial.category ?? '');
  const [text, setText] = useState(initial.q ?? '');
  const [q, setQ] = useState(initial.q?.trim() ?? '');
  const [available, setAvailable] = useState(initial.available ?? false);
  // the page read, of one search: another category, other words or the filter start again from the first
  const [paging, setPaging] = useState({ of: JSON.stringify([category, q, available]), page: initial.page ?? 0 });
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const report = (next: Partial<DirectorySearch>) => onSearch?.({ category, q: text.trim(), available, page: 0, ...next });

  useEffect(() => {
    const wait = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(wait);
  }, [text]);

  const search = JSON.stringify([category, q, available]);
  const page = paging.of === search ? paging.page : 0;
  const setPage = (p: number) => {
    setPaging({ of: search, page: p });
    report({ page: p });
  };
  const services = useLoad(() => api.searchServices({
    category: category || undefined, q: q || undefined, available, page, size: PAGE_SIZE,
  }), [category, q, available, page]);

  const choose = (next: ReferralCategory | '') => {
    setCategory(next);
    report({ category: next });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.indexOf(category);
    const to = event.key === 'ArrowRight' ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (at - 1 + TABS.length) % TABS.length
        : event.key === 'Home' ? 0
          : event.key === 'End' ? TABS.length - 1
            : -1;
    if (to < 0) return;
    event.preventDefault();
    choose(TABS[to]);
    tabs.current[to]?.focus();
  };

  const tabId = (c: string) => `${id}-tab-${c || 'all'}`;
  const Heading = `h${headingLevel}` as const;
  const found = services.data;
  return (
    <div className="service-search">
      <div className="filters">
        <Field label="Search the directory" hint="Words in the name or description, e.g. “home hospice”">
          <input type="search" value={text} maxLength={100} onChange={(e) => {
            setText(e.target.value);
            // the caller keeps the words as typed; they are searched once typing pauses
            const words = e.target.value.trim();
            report({ q: words, page: words === q ? page : 0 });
          }} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={available} onChange={(e) => {
            setAvailable(e.target.checked);
            report({ available: e.target.checked });
          }} />
          Only services taking referrals now
        </label>
      </div>
      <div role="tablist" aria-label="Categories" className="category-tabs">
        {TABS.map((c, i) => (
          <button key={c || 'all'} type="button" role="tab" id={tabId(c)} aria-selected={c === category}
            aria-controls={`${id}-panel`} tabIndex={c === category ? 0 : -1} onKeyDown={onKeyDown}
            ref={(element) => { tabs.current[i] = element; }} onClick={() => choose(c)}>
            {c ? words(c) : 'All'}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={tabId(category)} tabIndex={0}>
        <ProblemNotice error={services.error} onRetry={services.reload} />
        {!found && services.loading && <Loading what="services" />}
        {found && (found.items.length === 0 ? (
          <Empty>No service matches. Try fewer words or another category.</Empty>
        ) : (
          <>
            <p className="meta" role="status">{found.total} service{found.total === 1 ? '' : 's'}</p>
            <ul className="services">
              {found.items.map((s) => (
                <li key={s.id} className="card">
                  <Heading>{s.name}</Heading>
                  <p className="meta">{s.organization.name} · {words(s.category)}</p>
                  <p>{availabilityBadges(s).map((b) => <Badge key={b.text} tone={b.tone}>{b.text}</Badge>)}</p>
                  {s.description && <p>{s.description}</p>}
                  {action(s)}
                </li>
              ))}
            </ul>
            <Pager page={page} size={PAGE_SIZE} total={found.total} onPage={setPage} />
          </>
        ))}
      </div>
    </div>
  );
}
