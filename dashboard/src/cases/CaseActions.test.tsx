import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CareCase, CaseStatus, CaseTransition } from '../api/types';
import { fakeGateway, renderPage, reply, SUE } from '../test/harness';
import { CaseActions } from './CaseActions';
import { lifecycleActions } from './lifecycle';

const DEATH: CaseTransition = { status: 'DECEASED', requires: ['dateOfDeath'] };
const DISCHARGE: CaseTransition = { status: 'DISCHARGED', requires: [] };
const TRANSFER: CaseTransition = { status: 'TRANSFERRED', requires: [] };

/** The moves case-service allows a social worker who holds the case, as its answers carry them (in its order). */
const ALLOWED: Partial<Record<CaseStatus, CaseTransition[]>> = {
  OPEN: [{ status: 'ACTIVE', requires: [] }, DEATH, TRANSFER, DISCHARGE],
  ACTIVE: [DEATH, TRANSFER, DISCHARGE],
  DECEASED: [{ status: 'BEREAVEMENT', requires: [] }],
  BEREAVEMENT: [{ status: 'CLOSED', requires: [] }],
  CLOSED: [],
};

// the fields the page reads; case-service sends the others too, as null where nothing is recorded
const CASE = {
  id: 'c-1', status: 'ACTIVE', assignedWorker: 'sam', team: 'palliative-north',
  patient: { givenName: 'Maria', familyName: 'Keller', dateOfBirth: '1951-03-02' },
  diagnosis: { condition: 'Pleural mesothelioma' }, openedAt: '2026-10-01T10:00:00Z', updatedAt: '2026-10-01T10:00:00Z', version: 1,
  allowedTransitions: ALLOWED.ACTIVE,
} as CareCase;

function caseIn(status: CaseStatus): CareCase {
  return { ...CASE, status, allowedTransitions: ALLOWED[status] ?? [] };
}

describe('lifecycleActions', () => {
  it('follows the case lifecycle', () => {
    expect(lifecycleActions(caseIn('OPEN')).map((a) => a.to)).toEqual(['ACTIVE', 'DECEASED', 'DISCHARGED', 'TRANSFERRED']);
    expect(lifecycleActions(caseIn('DECEASED')).map((a) => a.to)).toEqual(['BEREAVEMENT']);
    expect(lifecycleActions(caseIn('BEREAVEMENT')).map((a) => a.to)).toEqual(['CLOSED']);
    expect(lifecycleActions(caseIn('CLOSED'))).toEqual([]);
  });
});

describe('CaseActions', () => {
  it('records a death with its date, then tells the page', async () => {
    const { changes } = fakeGateway({ 'POST /api/cases/c-1/status': { ...CASE, status: 'DECEASED' } });
    const changed = vi.fn();
    renderPage(<CaseActions careCase={CASE} onChanged={changed} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record death' }));
    const date = screen.getByLabelText(/Date of death/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-20');
    await userEvent.click(screen.getAllByRole('button', { name: 'Record death' })[1]);

    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(changes()[0].body).toEqual({ status: 'DECEASED', dateOfDeath: '2026-11-20' });
    expect(changes()[0].method).toBe('POST');
  });

  it('closes a case after a death without every plan ended only with why no bereavement support is needed', async () => {
    const uncovered = { ...caseIn('BEREAVEMENT'), allowedTransitions: [{ status: 'CLOSED', requires: ['noBereavementSupport'] }] } as CareCase;
    const { changes } = fakeGateway({ 'POST /api/cases/c-1/status': { ...CASE, status: 'CLOSED' } });
    const changed = vi.fn();
    renderPage(<CaseActions careCase={uncovered} onChanged={changed} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close case' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Close case' })[1]);
    expect(changes()).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/Why no bereavement support is needed/), 'No family; neighbour declined');
    await userEvent.click(screen.getAllByRole('button', { name: 'Close case' })[1]);

    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(changes()[0].body).toEqual({ status: 'CLOSED', noBereavementSupport: { reason: 'No family; neighbour declined' } });
  });

  it('refuses a date of death before birth without asking the service', async () => {
    const { changes } = fakeGateway({});
    renderPage(<CaseActions careCase={CASE} onChanged={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record death' }));
    const date = screen.getByLabelText(/Date of death/);
    await userEvent.clear(date);
    await userEvent.type(date, '1940-01-01');
    await userEvent.click(screen.getAllByRole('button', { name: 'Record death' })[1]);

    expect(screen.getByLabelText(/Date of death/)).toHaveAccessibleDescription('The date of death cannot be before birth.');
    expect(changes()).toHaveLength(0);
  });

  it('explains a refused move in plain words and changes nothing', async () => {
    fakeGateway({
      'POST /api/cases/c-1/status': reply(409, { title: 'Transition not allowed', detail: 'A case in BEREAVEMENT closes only once every plan has ended.' }),
    });
    const changed = vi.fn();
    renderPage(<CaseActions careCase={caseIn('BEREAVEMENT')} onChanged={changed} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close case' }));
    await userEvent.type(screen.getByLabelText('Reason'), 'family moved away');
    await userEvent.click(screen.getAllByRole('button', { name: 'Close case' })[1]);

    expect(await screen.findByRole('alert')).toHaveTextContent('closes only once every plan has ended');
    expect(changed).not.toHaveBeenCalled();
  });

  it('lets only a supervisor reassign', async () => {
    const { changes } = fakeGateway({
      'POST /api/cases/c-1/assignment': { ...CASE, assignedWorker: 'sara' },
      'GET /api/cases/workers': [{ username: 'sam', lastSeen: '2026-12-01T09:00:00Z' }, { username: 'sara', lastSeen: '2026-12-02T09:00:00Z' }],
    });
    const { unmount } = renderPage(<CaseActions careCase={CASE} onChanged={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Reassign' })).toBeNull();
    unmount();

    const changed = vi.fn();
    renderPage(<CaseActions careCase={CASE} onChanged={changed} />, { me: SUE });
    await userEvent.click(screen.getByRole('button', { name: 'Reassign' }));
    // the team's workers from case-service, not the page's: the one who holds the case is not offered
    await waitFor(() => expect(screen.getByRole('option', { name: 'sara' })).toBeInTheDocument());
    expect(screen.queryByRole('option', { name: 'sam' })).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText(/New social worker/), 'sara');
    await userEvent.click(screen.getAllByRole('button', { name: 'Reassign' })[1]);
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(changes()[0].body).toEqual({ worker: 'sara' });
  });
});
