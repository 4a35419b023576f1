import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeGateway, renderPage, reply, SUE } from '../test/harness';
import { OpenCasePage, validateOpenCase } from './OpenCasePage';

const FILLED = {
  givenName: 'Maria', familyName: 'Keller', dateOfBirth: '1951-03-02', phone: '', address: '',
  condition: 'Pleural mesothelioma', site: '', stage: '', diagnosedOn: '', assignedWorker: '',
};

describe('validateOpenCase', () => {
  it('accepts a complete form', () => {
    expect(validateOpenCase(FILLED, false, '2026-11-29')).toEqual({});
  });

  it('applies the date rules of case-service', () => {
    expect(validateOpenCase({ ...FILLED, dateOfBirth: '2027-01-01' }, false, '2026-11-29').dateOfBirth).toMatch(/future/);
    expect(validateOpenCase({ ...FILLED, diagnosedOn: '1950-01-01' }, false, '2026-11-29').diagnosedOn).toMatch(/before birth/);
    expect(validateOpenCase({ ...FILLED, phone: 'call me' }, false, '2026-11-29').phone).toBeDefined();
  });

  it('asks a supervisor to name the social worker', () => {
    expect(validateOpenCase(FILLED, true, '2026-11-29').assignedWorker).toBeDefined();
  });
});

describe('OpenCasePage', () => {
  it('shows every missing field by its label and sends nothing', async () => {
    const { changes } = fakeGateway({});
    renderPage(<OpenCasePage />);
    await userEvent.click(screen.getByRole('button', { name: 'Open case' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Please correct 4 fields');
    expect(screen.getByLabelText(/Given name/)).toHaveAccessibleDescription('Enter the patient’s given name.');
    expect(screen.getByLabelText(/Condition/)).toHaveAttribute('aria-invalid', 'true');
    expect(changes()).toHaveLength(0);
  });

  it('opens the case and goes to it', async () => {
    const { changes } = fakeGateway({ 'POST /api/cases': reply(201, { id: 'c-1' }) });
    renderPage(<OpenCasePage />, { url: '/cases/new', path: '/cases/new' });
    await userEvent.type(screen.getByLabelText(/Given name/), 'Maria');
    await userEvent.type(screen.getByLabelText(/Family name/), 'Keller');
    await userEvent.type(screen.getByLabelText(/Date of birth/), '1951-03-02');
    await userEvent.type(screen.getByLabelText(/Condition/), 'Pleural mesothelioma');
    await userEvent.click(screen.getByRole('button', { name: 'Open case' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/cases/c-1'));
    expect(changes()[0].body).toEqual({
      patient: { givenName: 'Maria', familyName: 'Keller', dateOfBirth: '1951-03-02' },
      diagnosis: { condition: 'Pleural mesothelioma' },
    });
  });

  it('shows the service’s field errors beside the fields, in plain words', async () => {
    fakeGateway({
      'POST /api/cases': reply(400, {
        title: 'Invalid request', detail: 'Some fields are not valid.',
        errors: [{ field: 'assignedWorker', message: 'is not a social worker of your team' }],
      }),
    });
    renderPage(<OpenCasePage />, { me: SUE });
    await userEvent.type(screen.getByLabelText(/Given name/), 'Maria');
    await userEvent.type(screen.getByLabelText(/Family name/), 'Keller');
    await userEvent.type(screen.getByLabelText(/Date of birth/), '1951-03-02');
    await userEvent.type(screen.getByLabelText(/Condition/), 'Peritoneal mesothelioma');
    await userEvent.type(screen.getByLabelText(/Social worker/), 'nobody');
    await userEvent.click(screen.getByRole('button', { name: 'Open case' }));

    expect(await screen.findByText('Invalid request')).toBeInTheDocument();
    expect(screen.getByLabelText(/Social worker/)).toHaveAccessibleDescription(/is not a social worker of your team/);
    expect(screen.getByRole('button', { name: 'Open case' })).toBeEnabled();
  });
});
