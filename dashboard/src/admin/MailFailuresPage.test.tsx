import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { fakeGateway, renderPage } from '../test/harness';
import { MailFailuresPage } from './MailFailuresPage';

const ADAM: Me = { username: 'adam', name: 'Adam Admin', roles: ['admin'] };

describe('MailFailuresPage', () => {
  it('lists the failed mails without their content', async () => {
    fakeGateway({
      'GET /api/notifications/mail-failures': {
        items: [{ id: 'm-1', notificationId: 'n-1', recipientKind: 'ORGANIZATION_INTAKE', attempts: 8,
          lastError: 'MailSendException', failedAt: '2026-12-03T10:00:00Z' }],
        page: 0, size: 50, total: 1,
      },
    });

    renderPage(<MailFailuresPage />, { me: ADAM });

    expect(await screen.findByText('MailSendException')).toBeInTheDocument();
    expect(screen.getByText('1 failed mail, newest first')).toBeInTheDocument();
    expect(screen.getByText('n-1')).toBeInTheDocument();
    expect(screen.getByText('8')).toBeInTheDocument();
  });

  it('says when every mail was sent', async () => {
    fakeGateway({ 'GET /api/notifications/mail-failures': { items: [], page: 0, size: 50, total: 0 } });

    renderPage(<MailFailuresPage />, { me: ADAM });

    expect(await screen.findByText('Every mail was sent.')).toBeInTheDocument();
  });
});
