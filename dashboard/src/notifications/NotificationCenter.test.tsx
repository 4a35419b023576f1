import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notification } from '../api/types';
import { fakeGateway, FakeStream, reply } from '../test/harness';
import { Bell, Toasts } from './Bell';
import { NotificationProvider, useLiveRefresh } from '../ui/NotificationCenter';

// unread: notification-service sends readAt as null, which the generated types cannot say
const ACCEPTED = {
  id: 'n-2', kind: 'REFERRAL_ANSWERED', title: 'Referral accepted', body: 'Sunrise Hospice accepted your referral.',
  link: '/referrals/r-1', createdAt: '2026-11-29T10:00:00Z',
} as Notification;
const EARLIER = {
  id: 'n-1', kind: 'FOLLOW_UP_DUE', title: 'Follow-up due', body: 'A bereavement follow-up is due.',
  link: '/cases/c-1/bereavement', createdAt: '2026-11-28T10:00:00Z',
} as Notification;

function Listener({ onLive }: { onLive: () => void }) {
  useLiveRefresh(onLive, (n) => n.kind.startsWith('REFERRAL'));
  return null;
}

function renderBell(onLive = vi.fn()) {
  render(
    <MemoryRouter>
      <NotificationProvider connect={(url) => new FakeStream(url)}>
        <Bell />
        <Toasts />
        <Listener onLive={onLive} />
      </NotificationProvider>
    </MemoryRouter>,
  );
  return onLive;
}

const stream = () => FakeStream.opened[FakeStream.opened.length - 1];

describe('live notifications', () => {
  beforeEach(() => { FakeStream.opened = []; });
  afterEach(() => vi.useRealTimers());

  it('counts the unread ones, then each new one from the stream, with a toast and a refresh of the page', async () => {
    fakeGateway({ 'GET /api/notifications': { items: [EARLIER], page: 0, size: 20, total: 1 } });
    const onLive = renderBell();
    await waitFor(() => expect(screen.getByTestId('unread-count')).toHaveTextContent('1'));
    expect(stream().url).toBe('/api/notifications/stream');

    act(() => stream().emit('notification', ACCEPTED));

    expect(screen.getByTestId('unread-count')).toHaveTextContent('2');
    expect(screen.getByRole('status')).toHaveTextContent('Referral accepted');
    expect(onLive).toHaveBeenCalledTimes(1);
  });

  it('shows a replayed notification once, and skips a malformed message', async () => {
    fakeGateway({ 'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 } });
    const onLive = renderBell();
    await waitFor(() => expect(stream()).toBeDefined());
    act(() => {
      stream().emit('notification', ACCEPTED);
      stream().emit('notification', ACCEPTED);
      stream().emit('notification', 'not json');
    });
    expect(screen.getByTestId('unread-count')).toHaveTextContent('1');
    expect(onLive).toHaveBeenCalledTimes(1);
  });

  it('does not refresh for notifications the page does not care about', async () => {
    fakeGateway({ 'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 } });
    const onLive = renderBell();
    await waitFor(() => expect(stream()).toBeDefined());
    act(() => stream().emit('notification', EARLIER));
    expect(onLive).not.toHaveBeenCalled();
    expect(screen.getByTestId('unread-count')).toHaveTextContent('1');
  });

  it('marks one read from the bell', async () => {
    const { changes } = fakeGateway({
      'GET /api/notifications': { items: [EARLIER], page: 0, size: 20, total: 1 },
      'POST /api/notifications/n-1/read': reply(204),
    });
    renderBell();
    await waitFor(() => expect(screen.getByTestId('unread-count')).toHaveTextContent('1'));
    await userEvent.click(screen.getByRole('button', { name: /Notifications, 1 unread/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark as read: Follow-up due' }));

    await waitFor(() => expect(screen.getByTestId('unread-count')).toHaveTextContent('0'));
    expect(changes().map((c) => c.path)).toEqual(['/api/notifications/n-1/read']);
  });

  it('opens the stream again after the server closed it for good', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fakeGateway({ 'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 } });
    renderBell();
    await waitFor(() => expect(FakeStream.opened).toHaveLength(1));

    act(() => stream().fail(false)); // the browser retries this one itself
    act(() => { vi.advanceTimersByTime(6000); });
    expect(FakeStream.opened).toHaveLength(1);

    act(() => stream().fail(true));
    act(() => { vi.advanceTimersByTime(6000); });
    await waitFor(() => expect(FakeStream.opened).toHaveLength(2)); // after the session was checked
    act(() => stream().emit('notification', ACCEPTED));
    expect(screen.getByTestId('unread-count')).toHaveTextContent('1');
  });

  it('says nothing alarming while the browser reconnects a stream the server ended', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fakeGateway({ 'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 } });
    renderBell();
    await waitFor(() => expect(FakeStream.opened).toHaveLength(1));
    act(() => stream().emit('open'));
    await userEvent.click(screen.getByRole('button', { name: /Notifications/ }));
    expect(screen.getByText(/^Live/)).toBeInTheDocument();

    act(() => stream().fail(false)); // the token expired: the server ended it, the browser comes back by itself
    act(() => { vi.advanceTimersByTime(3000); });
    expect(screen.queryByText(/Reconnecting/)).not.toBeInTheDocument();
    act(() => stream().emit('open'));
    act(() => { vi.advanceTimersByTime(30000); });
    expect(screen.getByText(/^Live/)).toBeInTheDocument();

    act(() => stream().fail(false)); // down for longer: now it is worth saying
    act(() => { vi.advanceTimersByTime(30000); });
    expect(screen.getByText(/Reconnecting/)).toBeInTheDocument();
  });

  it('opens a stream again from the last notification it received, after checking the session', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { calls } = fakeGateway({
      'GET /api/notifications': { items: [], page: 0, size: 20, total: 0 },
      'GET /api/me': { username: 'sam', name: 'Sam Social', roles: ['social-worker'] },
    });
    renderBell();
    await waitFor(() => expect(FakeStream.opened).toHaveLength(1));
    act(() => stream().emit('notification', ACCEPTED, '42'));

    act(() => stream().fail(true));
    await act(async () => { vi.advanceTimersByTime(6000); });

    await waitFor(() => expect(FakeStream.opened).toHaveLength(2));
    expect(stream().url).toBe('/api/notifications/stream?lastEventId=42');
    expect(calls.map((c) => c.path)).toContain('/api/me');
  });
});
