import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { dateTime } from '../ui/format';
import { useNotifications } from '../ui/NotificationCenter';
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
        onClick={() => setOpen(!open)} aria-label={`Notifications, ${unread} unread`}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" /><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        <span className="bell-count" data-testid="unread-count">{unread}</span>
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
                    <button type="button" className="button-link" onClick={() => void markRead(n.id)}
                      aria-label={`Mark as read: ${n.title}`}>
                      Mark as read
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
            <button type="button" className="button-link" onClick={() => dismissToast(t.id)}
              aria-label={`Dismiss: ${t.title}`}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
