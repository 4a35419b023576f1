import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { expectAccessible } from '../test/axe';
import { fakeGateway, FakeStream, HANA, renderPage, SAM, SUE } from '../test/harness';
import { NotificationProvider } from '../ui/NotificationCenter';
import { SessionProvider } from '../ui/session';
import { DirectoryPage } from './DirectoryPage';
import { ServicePage } from './ServicePage';

const HOME = {
  id: 's-1', organization: { id: 'o-1', name: 'Sunrise Hospice' }, name: 'Home hospice care', category: 'hospice',
  description: 'Nurses and aides at home, day and night.', eligibility: 'A prognosis of six months or less.',
  serviceArea: 'Riverside County', fees: 'Covered by Medicare', contact: { email: 'intake@sunrise.example', phone: '555-0100' },
  status: 'active', capacity: 'waitlist',
};
const GONE = { ...HOME, id: 's-9', name: 'Old day centre', status: 'defunct', capacity: 'capacity' };

const CASES = {
  items: [
    { id: 'c-1', status: 'ACTIVE', patient: { givenName: 'Walter', familyName: 'Hale', dateOfBirth: '1951-03-14' } },
    { id: 'c-2', status: 'OPEN', patient: { givenName: 'Rosa', familyName: 'Diaz', dateOfBirth: '1948-07-02' } },
  ],
  page: 0, size: 50, total: 2,
};

function Address() {
  const location = useLocation();
  return <p data-testid="address">{location.pathname + location.search}</p>;
}

/** The service's page, from which "Refer" leads to the wizard (whose address the test reads). */
function renderServicePage(me: Me = SAM, id = 's-1') {
  return render(
    <SessionProvider me={me}>
      <NotificationProvider connect={(u) => new FakeStream(u)}>
        <MemoryRouter initialEntries={[`/directory/services/${id}`]}>
          <Routes>
            <Route path="/directory/services/:serviceId" element={<ServicePage />} />
            <Route path="*" element={<Address />} />
          </Routes>
        </MemoryRouter>
      </NotificationProvider>
    </SessionProvider>,
  );
}

describe('DirectoryPage', () => {
  it('finds services by category and words and leads to each one’s details', async () => {
    fakeGateway({ 'GET /api/directory/services': { items: [HOME], page: 0, size: 10, total: 1 } });
    renderPage(<DirectoryPage />, { url: '/directory' });

    expect(screen.getByRole('heading', { level: 1, name: 'Service directory' })).toBeInTheDocument();
    expect(screen.getByRole('tablist', { name: 'Categories' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Home hospice care' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Details and referral for Home hospice care' })).toHaveAttribute('href', '/directory/services/s-1');
  });
});

describe('DirectoryPage in the address', () => {
  it('starts from the category, words and page in the address, and keeps the reader’s choices there', async () => {
    const { calls } = fakeGateway({ 'GET /api/directory/services': { items: [HOME], page: 1, size: 10, total: 25 } });
    render(
      <SessionProvider me={SAM}>
        <NotificationProvider connect={(u) => new FakeStream(u)}>
          <MemoryRouter initialEntries={['/directory?category=legal&q=estate&page=1']}>
            <Routes><Route path="/directory" element={<><DirectoryPage /><Address /></>} /></Routes>
          </MemoryRouter>
        </NotificationProvider>
      </SessionProvider>,
    );

    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Legal' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('searchbox', { name: /Search the directory/ })).toHaveValue('estate');
    const first = new URL(calls[0].path, 'http://x').searchParams;
    expect([first.get('category'), first.get('q'), first.get('page')]).toEqual(['legal', 'estate', '1']);

    await userEvent.click(screen.getByRole('tab', { name: 'Transport' }));
    await waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('/directory?category=transport&q=estate'));
    expect(screen.getByTestId('address')).not.toHaveTextContent('page=');
  });
});

describe('from the directory to a service and back', () => {
  it('returns to the same search', async () => {
    fakeGateway({ 'GET /api/directory/services': { items: [HOME], page: 0, size: 10, total: 1 }, 'GET /api/directory/services/s-1': HOME });
    render(
      <SessionProvider me={SAM}>
        <NotificationProvider connect={(u) => new FakeStream(u)}>
          <MemoryRouter initialEntries={['/directory?category=hospice&q=home']}>
            <Routes>
              <Route path="/directory" element={<DirectoryPage />} />
              <Route path="/directory/services/:serviceId" element={<ServicePage />} />
            </Routes>
          </MemoryRouter>
        </NotificationProvider>
      </SessionProvider>,
    );

    await userEvent.click(await screen.findByRole('link', { name: 'Details and referral for Home hospice care' }));

    expect(await screen.findByRole('link', { name: /Back to the directory/ })).toHaveAttribute('href', '/directory?category=hospice&q=home');
  });
});

describe('ServicePage', () => {
  it('shows what a worker needs before referring: description, eligibility, area, fees, contact, capacity, status', async () => {
    fakeGateway({ 'GET /api/directory/services/s-1': HOME });
    renderServicePage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Home hospice care' })).toBeInTheDocument();
    const details = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(details('Organization')).toHaveTextContent('Sunrise Hospice');
    expect(details('Category')).toHaveTextContent('Hospice');
    expect(details('What it offers')).toHaveTextContent('Nurses and aides at home, day and night.');
    expect(details('Eligibility')).toHaveTextContent('A prognosis of six months or less.');
    expect(details('Service area')).toHaveTextContent('Riverside County');
    expect(details('Fees')).toHaveTextContent('Covered by Medicare');
    expect(details('Contact')).toHaveTextContent('555-0100');
    expect(details('Contact')).toHaveTextContent('intake@sunrise.example');
    expect(details('Status')).toHaveTextContent('Active');
    expect(details('Capacity')).toHaveTextContent('Waiting list');
  });

  it('refers from one of the worker’s current cases: the wizard opens with that case and this service', async () => {
    const { calls } = fakeGateway({ 'GET /api/directory/services/s-1': HOME, 'GET /api/cases': CASES });
    renderServicePage();

    await userEvent.click(await screen.findByRole('button', { name: 'Refer' }));
    const choice = await screen.findByRole('combobox', { name: /Refer from the case of/ });
    await screen.findByRole('option', { name: /Rosa Diaz/ });
    const asked = new URL(calls.find((c) => c.path.startsWith('/api/cases'))!.path, 'http://x').searchParams;
    expect(asked.getAll('status')).toEqual(['OPEN', 'ACTIVE', 'DECEASED', 'BEREAVEMENT']);
    await userEvent.selectOptions(choice, 'c-2');
    await userEvent.click(screen.getByRole('button', { name: 'Continue to the referral' }));

    expect(screen.getByTestId('address')).toHaveTextContent('/cases/c-2/refer?service=s-1');
  });

  it('finds the case by the patient’s name when the worker holds many', async () => {
    const { calls } = fakeGateway({ 'GET /api/directory/services/s-1': HOME, 'GET /api/cases': CASES });
    renderServicePage(SUE);

    await userEvent.click(await screen.findByRole('button', { name: 'Refer' }));
    await userEvent.type(screen.getByRole('searchbox', { name: /Patient’s name/ }), 'rosa');

    await waitFor(() => expect(calls.some((c) => c.path.startsWith('/api/cases') && c.path.includes('q=rosa'))).toBe(true));
  });

  it('says when the worker has no current case to refer from', async () => {
    fakeGateway({ 'GET /api/directory/services/s-1': HOME, 'GET /api/cases': { items: [], page: 0, size: 50, total: 0 } });
    renderServicePage();

    await userEvent.click(await screen.findByRole('button', { name: 'Refer' }));
    expect(await screen.findByText(/no current case/)).toBeInTheDocument();
  });

  it('offers no Refer for a service that takes no referrals', async () => {
    fakeGateway({ 'GET /api/directory/services/s-9': GONE, 'GET /api/directory/services/s-1': HOME });
    renderServicePage(SAM, 's-9');
    expect(await screen.findByText(/takes no referrals now/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refer' })).not.toBeInTheDocument();
  });

  it('offers no Refer to hospice staff', async () => {
    fakeGateway({ 'GET /api/directory/services/s-1': HOME });
    renderServicePage(HANA);
    expect(await screen.findByRole('heading', { level: 1, name: 'Home hospice care' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refer' })).not.toBeInTheDocument();
  });

  it('is accessible, with the choice of case open', async () => {
    fakeGateway({ 'GET /api/directory/services/s-1': HOME, 'GET /api/cases': CASES });
    renderServicePage();
    await userEvent.click(await screen.findByRole('button', { name: 'Refer' }));
    await screen.findByRole('option', { name: /Rosa Diaz/ });
    await expectAccessible();
  });
});

describe('the directory page', () => {
  it('is accessible', async () => {
    fakeGateway({ 'GET /api/directory/services': { items: [HOME, GONE], page: 0, size: 10, total: 25 } });
    renderPage(<main><DirectoryPage /></main>, { url: '/directory' });
    await screen.findByRole('heading', { level: 2, name: 'Home hospice care' });
    await expectAccessible();
  });
});
