import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CareCase } from '../../api/types';
import { fakeGateway, renderPage, SAM, SUE } from '../../test/harness';
import { CasePage } from '../CasePage';
import { AccessLogSection } from './AccessLogSection';

// the fields the page reads; case-service sends the others too, as null where nothing is recorded
const CASE = {
  id: 'c-1', status: 'ACTIVE', assignedWorker: 'sam', team: 'palliative-north',
  patient: { givenName: 'Maria', familyName: 'Keller', dateOfBirth: '1951-03-02' },
  diagnosis: { condition: 'Pleural mesothelioma' }, openedAt: '2026-10-01T10:00:00Z', updatedAt: '2026-10-01T10:00:00Z', version: 1,
  allowedTransitions: [] as CareCase['allowedTransitions'],
} as CareCase;

describe('AccessLogSection', () => {
  it('lists who read the case, from where, and who was refused', async () => {
    fakeGateway({
      'GET /api/cases/c-1/access-log': {
        items: [
          { at: '2026-11-02T10:00:00Z', who: 'sara', role: 'social-worker', action: 'READ_CASE', listed: false,
            outcome: 'DENIED', clientAddress: '10.0.0.7' },
          { at: '2026-11-01T09:00:00Z', who: 'sam', role: 'social-worker', action: 'READ_CASE', listed: false,
            outcome: 'ALLOWED', clientAddress: '10.0.0.5' },
          { at: '2026-11-01T08:00:00Z', who: 'sue', role: 'supervisor', action: 'LIST_CASES', listed: true,
            outcome: 'ALLOWED' },
        ],
        page: 0, size: 100, total: 3,
      },
    });
    renderPage(<AccessLogSection careCase={CASE} />, { me: SUE });

    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/sara.*Read case.*10\.0\.0\.7.*Refused/);
    expect(rows[2]).toHaveTextContent(/sam.*Read case.*10\.0\.0\.5.*Allowed/);
    expect(rows[3]).toHaveTextContent(/sue.*Saw the case in a list.*—.*Allowed/);
  });

  it('is a section of the case page for supervisors only', async () => {
    fakeGateway({ 'GET /api/cases/c-1': CASE });
    renderPage(<CasePage />, { me: SAM, url: '/cases/c-1/access-log', path: '/cases/:caseId/:section' });
    expect(await screen.findByText('There is no such section. Choose one above.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Access log' })).not.toBeInTheDocument();
  });
});
