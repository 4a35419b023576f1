import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { dateTime } from '../ui/format';
import { useNotifications } from './NotificationCenter';
import type { Notification } from '../api/types';

/** The bell in the header: how many are unread, and the list behind it. */
export function Bell() {
  const { notifications, unread, markRead, connected } = useNotifications();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [open]);

  const follow = (n: Notification) => {
    setOpen(false);
    if (!n.readAt) void markRead(n.id).catch(() => undefined);
  };

  return (
    <div className="bell">
      <button type="button" className="bell-button" aria-expanded={open} aria-controls="notification-panel"
        onClick={() => setOpen(!open)}>
        <span aria-hidden="true">🔔</span>
        <span className="visually-hidden">Notifications, </span>
        <span className="bell-count" data-testid="unread-count">{unread}</span>
        <span className="visually-hidden"> unread</span>
      </button>
      {open && (
        <div className="bell-panel" id="notification-panel" ref={panel} role="region" aria-label="Notifications">
          <p className="bell-state">{connected ? 'Live: new notifications appear here.' : 'Reconnecting to live updates…'}</p>
          {notifications.length === 0 ? <p>No notifications.</p> : (
            <ul>
              {notifications.map((n) => (
                <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                  {n.link ? <Link to={n.link} onClick={() => follow(n)}>{n.title}</Link> : <strong>{n.title}</strong>}
                  <p>{n.body}</p>
                  <p className="meta">{dateTime(n.createdAt)}</p>
                  {!n.readAt && (
                    <button type="button" className="button-link" onClick={() => void markRead(n.id)}>
                      Mark as read<span className="visually-hidden">: {n.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** New notifications, briefly, in a polite live region (read out by screen readers). */
export function Toasts() {
  const { toasts, dismissToast } = useNotifications();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast">
          <strong>{t.title}</strong>
          <p>{t.body}</p>
          <div className="toast-actions">
            {t.link && <Link to={t.link} onClick={() => dismissToast(t.id)}>Open</Link>}
            <button type="button" className="button-link" onClick={() => dismissToast(t.id)}>
              Dismiss<span className="visually-hidden">: {t.title}</span>
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
