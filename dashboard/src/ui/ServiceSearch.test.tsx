import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DirectoryService } from '../api/types';
import { expectAccessible } from '../test/axe';
import { fakeGateway, renderPage } from '../test/harness';
import { ServiceSearch } from './ServiceSearch';

const service = (id: string, name: string, more: Partial<DirectoryService> = {}) => ({
  id, organization: { id: 'o-1', name: 'Sunrise Hospice' }, name, category: 'hospice', description: 'Nurses at home.',
  status: 'active', capacity: 'capacity', ...more,
});

const HOME = service('s-1', 'Home hospice care');
const FULL = service('s-2', 'Inpatient hospice', { capacity: 'no-capacity' });
const WAIT = service('s-3', 'Grief group', { category: 'bereavement-support', capacity: 'waitlist' });
const CLOSED = service('s-4', 'Music therapy', { category: 'holistic-therapy', status: 'temporarily closed' });

function directory(items: unknown[], total = items.length) {
  return fakeGateway({ 'GET /api/directory/services': { items, page: 0, size: 10, total } });
}

const searches = (calls: { path: string }[]) =>
  calls.filter((c) => c.path.startsWith('/api/directory/services')).map((c) => new URL(c.path, 'http://x').searchParams);

describe('ServiceSearch', () => {
  it('offers every category and All as a tablist, All chosen first, and asks for one page', async () => {
    const { calls } = directory([HOME]);
    renderPage(<ServiceSearch action={(s) => <button type="button">Choose {s.name}</button>} />);

    const tabs = within(screen.getByRole('tablist', { name: 'Categories' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['All', 'Hospice', 'Community services', 'Financial assistance',
      'Counseling', 'Spiritual care', 'Holistic therapy', 'Bereavement support', 'Legal', 'Transport', 'Caregiver support']);
    expect(screen.getByRole('tab', { name: 'All' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('tabpanel', { name: 'All' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Choose Home hospice care' })).toBeInTheDocument();
    const first = searches(calls)[0];
    expect(first.get('page')).toBe('0');
    expect(first.get('size')).toBe('10');
    expect(first.has('category')).toBe(false);
  });

  it('moves between the tabs with the arrow keys, Home and End, and searches the chosen category', async () => {
    const { calls } = directory([HOME]);
    renderPage(<ServiceSearch action={() => null} />);
    const all = screen.getByRole('tab', { name: 'All' });
    expect(all).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Hospice' })).toHaveAttribute('tabindex', '-1');

    all.focus();
    await userEvent.keyboard('{ArrowRight}');
    const hospice = screen.getByRole('tab', { name: 'Hospice' });
    expect(hospice).toHaveFocus();
    expect(hospice).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(searches(calls).at(-1)?.get('category')).toBe('hospice'));

    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Caregiver support' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(all).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Caregiver support' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    expect(all).toHaveAttribute('aria-selected', 'true');

    await userEvent.click(screen.getByRole('tab', { name: 'Legal' }));
    await waitFor(() => expect(searches(calls).at(-1)?.get('category')).toBe('legal'));
  });

  it('searches the words once typing pauses, from the first page', async () => {
    const { calls } = directory([HOME]);
    renderPage(<ServiceSearch action={() => null} />);
    await screen.findByText('Home hospice care');

    await userEvent.type(screen.getByRole('searchbox', { name: /Search the directory/ }), 'home hospice');

    await waitFor(() => expect(searches(calls).at(-1)?.get('q')).toBe('home hospice'));
    expect(searches(calls).filter((p) => p.has('q'))).toHaveLength(1);
  });

  it('pages through the service’s pages, never all at once', async () => {
    const { calls } = directory([HOME], 25);
    renderPage(<ServiceSearch action={() => null} />);

    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(screen.getByText('25 services')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    await waitFor(() => expect(searches(calls).at(-1)?.get('page')).toBe('1'));
    expect(searches(calls).every((p) => Number(p.get('size')) <= 20)).toBe(true);
  });

  it('shows each service’s organization, category and whether it takes referrals now', async () => {
    directory([HOME, FULL, WAIT, CLOSED]);
    renderPage(<ServiceSearch action={() => null} />);

    const item = (name: string) => screen.getByRole('heading', { name }).closest('li') as HTMLElement;
    await screen.findByRole('heading', { name: 'Home hospice care' });
    expect(item('Home hospice care')).toHaveTextContent('Sunrise Hospice');
    expect(item('Home hospice care')).toHaveTextContent('Hospice');
    expect(item('Home hospice care')).toHaveTextContent('Taking referrals');
    expect(item('Inpatient hospice')).toHaveTextContent('At capacity');
    expect(item('Grief group')).toHaveTextContent('Waiting list');
    expect(item('Grief group')).toHaveTextContent('Bereavement support');
    expect(item('Music therapy')).toHaveTextContent('Temporarily closed');
  });

  it('asks only for services taking referrals now when the reader wants those', async () => {
    const { calls } = directory([HOME]);
    renderPage(<ServiceSearch action={() => null} />);
    await screen.findByText('Home hospice care');

    await userEvent.click(screen.getByRole('checkbox', { name: /Only services taking referrals now/ }));

    await waitFor(() => expect(searches(calls).at(-1)?.get('available')).toBe('true'));
  });

  it('says when nothing matches', async () => {
    directory([]);
    renderPage(<ServiceSearch action={() => null} />);
    expect(await screen.findByText(/No service matches/)).toBeInTheDocument();
  });

  it('is accessible: a labelled tablist, its panel, a labelled search box', async () => {
    directory([HOME, FULL, WAIT, CLOSED], 25);
    renderPage(<main><h1>Directory</h1><h2>Find a service</h2><ServiceSearch action={(s) => <button type="button">Choose {s.name}</button>} /></main>);
    await screen.findByText('Home hospice care');
    await expectAccessible();
  });
});
