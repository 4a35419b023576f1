import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { expectAccessible } from '../test/axe';
import { fakeGateway, renderPage, reply, type Call } from '../test/harness';
import { DirectoryAdminPage, OrganizationEditor, ServiceEditor } from './DirectoryAdmin';

const ADAM: Me = { username: 'adam', name: 'Adam Admin', roles: ['admin'] };

const SUNRISE = {
  id: 'o-1', name: 'Sunrise Hospice', description: 'Hospice care at home and in our house.',
  intakeEmail: 'intake@sunrise.example', intakePhone: '555-0100', website: 'https://sunrise.example',
};
const RIVERSIDE = { id: 'o-2', name: 'Riverside Community Aid', description: null, intakeEmail: null, intakePhone: null, website: null };
const HOME = {
  id: 's-1', organization: { id: 'o-1', name: 'Sunrise Hospice' }, name: 'Home hospice care', category: 'hospice',
  description: 'Nurses at home.', eligibility: 'Six months or less.', serviceArea: 'Riverside County',
  fees: 'Medicare', contact: { email: 'care@sunrise.example', phone: '555-0101' }, status: 'active', capacity: 'capacity',
};
// found by the organization's name, but another organization's

const problem = (errors: { field: string; message: string }[]) =>
  reply(400, { type: 'https://careloop.org/problems/invalid-input', title: 'Invalid input', status: 400, errors });

describe('DirectoryAdminPage', () => {
  it('lists the organizations with their intake and leads to adding and editing them', async () => {
    fakeGateway({ 'GET /api/directory/organizations': [SUNRISE, RIVERSIDE] });
    renderPage(<DirectoryAdminPage />, { me: ADAM, url: '/admin/directory' });

    expect(screen.getByRole('heading', { level: 1, name: 'Directory administration' })).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Sunrise Hospice' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Sunrise Hospice' })).toHaveAttribute('href', '/admin/directory/organizations/o-1');
    expect(row).toHaveTextContent('intake@sunrise.example');
    expect(row).toHaveTextContent('555-0100');
    expect(screen.getByRole('link', { name: 'Riverside Community Aid' }).closest('tr')).toHaveTextContent('No intake e-mail');
    expect(screen.getByRole('link', { name: 'Add an organization' })).toHaveAttribute('href', '/admin/directory/organizations/new');
  });
});

describe('OrganizationEditor', () => {
  it('adds an organization and goes to it', async () => {
    const { changes } = fakeGateway({ 'POST /api/directory/organizations': reply(201, { ...SUNRISE, id: 'o-9' }) });
    renderPage(<OrganizationEditor />, { me: ADAM, url: '/admin/directory/organizations/new', path: '/admin/directory/organizations/new' });

    expect(screen.getByRole('heading', { level: 1, name: 'Add an organization' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add the organization' }));
    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription(/Give the organization’s name/);
    expect(changes()).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/^Name/), 'Sunrise Hospice');
    await userEvent.type(screen.getByLabelText(/^Description/), 'Hospice care at home.');
    await userEvent.type(screen.getByLabelText(/^Intake e-mail/), 'intake@sunrise.example');
    await userEvent.type(screen.getByLabelText(/^Intake phone/), '555-0100');
    await userEvent.click(screen.getByRole('button', { name: 'Add the organization' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/admin/directory/organizations/o-9'));
    expect(changes()[0].body).toEqual({
      name: 'Sunrise Hospice', description: 'Hospice care at home.', intakeEmail: 'intake@sunrise.example', intakePhone: '555-0100',
    });
  });

  it('adds an organization under the id its staff already have in Keycloak (org_id), and says when it is taken', async () => {
    const { changes } = fakeGateway({
      'POST /api/directory/organizations': problem([{ field: 'id', message: 'is the id of another organization' }]),
    });
    renderPage(<OrganizationEditor />, { me: ADAM, url: '/admin/directory/organizations/new', path: '/admin/directory/organizations/new' });

    await userEvent.type(screen.getByLabelText(/^Name/), 'Sunrise Hospice');
    await userEvent.type(screen.getByLabelText(/^Organization id/), 'not an id');
    await userEvent.click(screen.getByRole('button', { name: 'Add the organization' }));
    expect(screen.getByLabelText(/^Organization id/)).toHaveAccessibleDescription(/looks like 5a1e0000-0000-4000-8000-000000000001/);
    expect(changes()).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText(/^Organization id/));
    await userEvent.type(screen.getByLabelText(/^Organization id/), ' 5A1E0000-0000-4000-8000-000000000001 ');
    await userEvent.click(screen.getByRole('button', { name: 'Add the organization' }));

    await waitFor(() => expect(screen.getByLabelText(/^Organization id/)).toHaveAccessibleDescription(/is the id of another organization/));
    expect(changes()[0].body).toEqual({ id: '5a1e0000-0000-4000-8000-000000000001', name: 'Sunrise Hospice' });
  });

  it('shows the service’s field errors at their fields', async () => {
    fakeGateway({
      'POST /api/directory/organizations': problem([
        { field: 'intakeEmail', message: 'must be a well-formed email address' },
        { field: 'website', message: 'must match "https?://\\S+"' },
      ]),
    });
    renderPage(<OrganizationEditor />, { me: ADAM, url: '/admin/directory/organizations/new', path: '/admin/directory/organizations/new' });

    await userEvent.type(screen.getByLabelText(/^Name/), 'Sunrise Hospice');
    await userEvent.type(screen.getByLabelText(/^Intake e-mail/), 'intake at sunrise');
    await userEvent.type(screen.getByLabelText(/^Website/), 'sunrise.example');
    await userEvent.click(screen.getByRole('button', { name: 'Add the organization' }));

    await waitFor(() => expect(screen.getByLabelText(/^Intake e-mail/)).toHaveAccessibleDescription(/must be a well-formed email address/));
    expect(screen.getByLabelText(/^Website/)).toHaveAccessibleDescription(/must match/);
  });

  it('edits an organization and lists its services, with a way to add one', async () => {
    const { changes, calls } = fakeGateway({
      'GET /api/directory/organizations/o-1': SUNRISE,
      'PUT /api/directory/organizations/o-1': (call: Call) => ({ body: { ...SUNRISE, ...(call.body as object) } }),
      'GET /api/directory/services': { items: [HOME], page: 0, size: 100, total: 1 },
    });
    renderPage(<OrganizationEditor />, { me: ADAM, url: '/admin/directory/organizations/o-1', path: '/admin/directory/organizations/:organizationId' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sunrise Hospice' })).toBeInTheDocument();
    expect(screen.getByText('o-1')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Organization id/)).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Home hospice care' })).toHaveAttribute('href', '/admin/directory/services/s-1');
    expect(calls.filter((c) => c.path.startsWith('/api/directory/services?')).map((c) => c.path))
      .toEqual([expect.stringContaining('organizationId=o-1')]);
    expect(screen.getByRole('link', { name: 'Add a service' })).toHaveAttribute('href', '/admin/directory/organizations/o-1/services/new');

    const email = screen.getByLabelText(/^Intake e-mail/);
    expect(email).toHaveValue('intake@sunrise.example');
    await userEvent.clear(email);
    await userEvent.type(email, 'referrals@sunrise.example');
    await userEvent.clear(screen.getByLabelText(/^Website/));
    await userEvent.click(screen.getByRole('button', { name: 'Save the organization' }));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(changes()[0].body).toEqual({
      name: 'Sunrise Hospice', description: 'Hospice care at home and in our house.', intakeEmail: 'referrals@sunrise.example',
      intakePhone: '555-0100',
    });
  });
});

describe('ServiceEditor', () => {
  it('adds a service to an organization, with its category, status and capacity', async () => {
    const { changes } = fakeGateway({
      'GET /api/directory/organizations/o-1': SUNRISE,
      'POST /api/directory/services': reply(201, { ...HOME, id: 's-9' }),
    });
    renderPage(<ServiceEditor />, { me: ADAM, url: '/admin/directory/organizations/o-1/services/new', path: '/admin/directory/organizations/:organizationId/services/new' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Add a service to Sunrise Hospice' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Name/), 'Inpatient hospice');
    await userEvent.selectOptions(screen.getByLabelText(/^Category/), 'hospice');
    await userEvent.type(screen.getByLabelText(/^Eligibility/), 'Symptoms that cannot be managed at home.');
    await userEvent.type(screen.getByLabelText(/^Service area/), 'Riverside County');
    await userEvent.type(screen.getByLabelText(/^Contact e-mail/), 'beds@sunrise.example');
    await userEvent.type(screen.getByLabelText(/^Fees/), 'Medicare');
    await userEvent.selectOptions(screen.getByLabelText(/^Capacity/), 'waitlist');
    await userEvent.click(screen.getByRole('button', { name: 'Add the service' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/admin/directory/organizations/o-1'));
    expect(changes()[0].body).toEqual({
      organizationId: 'o-1', name: 'Inpatient hospice', category: 'hospice', eligibility: 'Symptoms that cannot be managed at home.',
      serviceArea: 'Riverside County', contact: { email: 'beds@sunrise.example' }, fees: 'Medicare', status: 'active', capacity: 'waitlist',
    });
  });

  it('needs a name and a category before sending', async () => {
    const { changes } = fakeGateway({ 'GET /api/directory/organizations/o-1': SUNRISE });
    renderPage(<ServiceEditor />, { me: ADAM, url: '/admin/directory/organizations/o-1/services/new', path: '/admin/directory/organizations/:organizationId/services/new' });

    await userEvent.click(await screen.findByRole('button', { name: 'Add the service' }));

    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription(/Give the service’s name/);
    expect(screen.getByLabelText(/^Category/)).toHaveAccessibleDescription(/Choose a category/);
    expect(changes()).toHaveLength(0);
  });

  it('edits a service: capacity and status, and shows the service’s field errors at their fields', async () => {
    let answer = 0;
    const { changes } = fakeGateway({
      'GET /api/directory/services/s-1': HOME,
      'PUT /api/directory/services/s-1': (call: Call) => (answer++ === 0
        ? { status: 400, body: { title: 'Invalid input', status: 400, errors: [{ field: 'contact.phone', message: 'must match "[+0-9 ()./-]{3,40}"' }] } }
        : { body: { ...HOME, ...(call.body as object) } }),
    });
    renderPage(<ServiceEditor />, { me: ADAM, url: '/admin/directory/services/s-1', path: '/admin/directory/services/:serviceId' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Home hospice care' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Sunrise Hospice/ })).toHaveAttribute('href', '/admin/directory/organizations/o-1');
    await userEvent.selectOptions(screen.getByLabelText(/^Capacity/), 'no-capacity');
    await userEvent.selectOptions(screen.getByLabelText(/^Status/), 'temporarily closed');
    await userEvent.clear(screen.getByLabelText(/^Contact phone/));
    await userEvent.type(screen.getByLabelText(/^Contact phone/), 'call us');
    await userEvent.click(screen.getByRole('button', { name: 'Save the service' }));

    await waitFor(() => expect(screen.getByLabelText(/^Contact phone/)).toHaveAccessibleDescription(/must match/));
    await userEvent.clear(screen.getByLabelText(/^Contact phone/));
    await userEvent.click(screen.getByRole('button', { name: 'Save the service' }));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(changes()[1].body).toEqual({
      organizationId: 'o-1', name: 'Home hospice care', category: 'hospice', description: 'Nurses at home.',
      eligibility: 'Six months or less.', serviceArea: 'Riverside County', contact: { email: 'care@sunrise.example' },
      fees: 'Medicare', status: 'temporarily closed', capacity: 'no-capacity',
    });
  });
});

describe('the admin directory pages', () => {
  it('are accessible: the list, an organization with its services, a service with errors at its fields', async () => {
    fakeGateway({
      'GET /api/directory/organizations': [SUNRISE, RIVERSIDE],
      'GET /api/directory/organizations/o-1': SUNRISE,
      'GET /api/directory/services': { items: [HOME], page: 0, size: 100, total: 1 },
      'GET /api/directory/services/s-1': HOME,
      'PUT /api/directory/services/s-1': problem([{ field: 'contact.email', message: 'must be a well-formed email address' }]),
    });
    const list = renderPage(<main><DirectoryAdminPage /></main>, { me: ADAM });
    await screen.findByRole('link', { name: 'Sunrise Hospice' });
    await expectAccessible();
    list.unmount();

    const organization = renderPage(<main><OrganizationEditor /></main>, { me: ADAM, url: '/admin/directory/organizations/o-1', path: '/admin/directory/organizations/:organizationId' });
    await screen.findByRole('link', { name: 'Home hospice care' });
    await expectAccessible();
    organization.unmount();

    renderPage(<main><ServiceEditor /></main>, { me: ADAM, url: '/admin/directory/services/s-1', path: '/admin/directory/services/:serviceId' });
    await userEvent.click(await screen.findByRole('button', { name: 'Save the service' }));
    await waitFor(() => expect(screen.getByLabelText(/^Contact e-mail/)).toHaveAccessibleDescription(/well-formed/));
    await expectAccessible();
  });
});
