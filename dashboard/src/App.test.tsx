import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import type { Me } from './api/types';
import { fakeGateway, FakeStream, HANA, SAM, SUE } from './test/harness';

const ADAM: Me = { username: 'adam', name: 'Adam Admin', roles: ['admin'] };

async function navigationOf(me: Me, at = '/') {
  vi.stubGlobal('EventSource', FakeStream);
  window.history.pushState({}, '', at);
  fakeGateway({ 'GET /api/me': me, 'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 } });
  render(<App />);
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')]);
}

describe('the navigation', () => {
  afterEach(() => window.history.pushState({}, '', '/'));

  it('leads social workers and supervisors to the directory', async () => {
    expect(await navigationOf(SAM, '/directory')).toContainEqual(['Directory', '/directory']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Service directory' })).toBeInTheDocument();
  });

  it('leads supervisors to the directory too', async () => {
    expect(await navigationOf(SUE, '/directory')).toContainEqual(['Directory', '/directory']);
  });

  it('does not offer the directory page to hospice staff', async () => {
    expect((await navigationOf(HANA, '/referrals')).map(([text]) => text)).not.toContain('Directory');
  });

  it('leads admins to the directory’s administration, not to the API documentation', async () => {
    expect(await navigationOf(ADAM, '/admin/directory')).toContainEqual(['Directory', '/admin/directory']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Directory administration' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /API documentation/ })).not.toBeInTheDocument();
  });

  it('starts admins at the directory’s administration', async () => {
    await navigationOf(ADAM, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Directory administration' })).toBeInTheDocument();
  });
});
