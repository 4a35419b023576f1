import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/careloop';
import type { Notification } from '../api/types';

/** What the dashboard needs of an EventSource (tests hand in their own). */
export interface StreamSource {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  onerror: ((event: Event) => void) | null;
  readyState: number;
  close(): void;
}

export type Connect = (url: string) => StreamSource;

const browserConnect: Connect = (url) => new EventSource(url, { withCredentials: true });

interface NotificationState {
  notifications: Notification[];
  unread: number;
  toasts: Notification[];
  connected: boolean;
  markRead: (id: string) => Promise<void>;
  dismissToast: (id: string) => void;
  /** Called with each notification that arrives live; returns the unsubscribe. */
  subscribe: (listener: (n: Notification) => void) => () => void;
}

const NotificationContext = createContext<NotificationState | undefined>(undefined);

const TOAST_MILLIS = 8000;
const RECONNECT_MILLIS = 5000;
/** A stream that is down for less than this is not worth a word: it ends at every token's expiry and comes back. */
const QUIET_MILLIS = 15000;
const STREAM = '/api/notifications/stream';

/**
 * The live notifications of the signed-in person: the unread ones on start, then each new one from the SSE stream
 * (`/api/notifications/stream`, through the gateway with the session cookie). The server ends a stream when the
 * token it was opened with expires; the browser's EventSource then reconnects by itself (after the stream's short
 * `retry:`) with Last-Event-ID, the gateway relays a fresh token, and nothing created meanwhile is missed. A stream
 * the server refused (the session ended, the gateway restarted) is opened again after a pause, once the session is
 * checked (a 401 goes to the login), with the last id it saw in its address, since a new EventSource sends no
 * Last-Event-ID.
 */
export function NotificationProvider({ children, connect = browserConnect }: { children: ReactNode; connect?: Connect }) {
  const [notifications, setNotifications] = useState<Notification[]>([]);
  const [toasts, setToasts] = useState<Notification[]>([]);
  const [connected, setConnected] = useState(false);
  const listeners = useRef(new Set<(n: Notification) => void>());

  const known = useRef(new Set<string>());

  const arrived = useCallback((n: Notification) => {
    if (known.current.has(n.id)) return; // a reconnect may replay what was already shown
    known.current.add(n.id);
    setNotifications((list) => [n, ...list].slice(0, 50));
    setToasts((t) => [...t, n].slice(-3));
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== n.id)), TOAST_MILLIS);
    listeners.current.forEach((listener) => listener(n));
  }, []);

  useEffect(() => {
    let cancelled = false;
    api.notifications(true).then((page) => {
      if (cancelled) return;
      const earlier = page.items.filter((n) => !known.current.has(n.id));
      earlier.forEach((n) => known.current.add(n.id));
      setNotifications((list) => [...list, ...earlier]);
    }, () => { /* the bell stays empty; the stream still works */ });
    return () => { cancelled = true; };
  }, []);

  useEffect(() => {
    let source: StreamSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let lastEventId = '';
    let stopped = false;
    const open = () => {
      source = connect(lastEventId ? `${STREAM}?lastEventId=${encodeURIComponent(lastEventId)}` : STREAM);
      source.addEventListener('open', () => {
        clearTimeout(quiet);
        quiet = undefined;
        setConnected(true);
      });
      source.addEventListener('notification', (event) => {
        if (event.lastEventId) lastEventId = event.lastEventId;
        try {
          arrived(JSON.parse(event.data) as Notification);
        } catch {
          // a malformed message is ignored; the next one still counts
        }
      });
      source.onerror = () => {
        if (quiet === undefined) quiet = setTimeout(() => setConnected(false), QUIET_MILLIS);
        if (source && source.readyState === 2 && !stopped) {
          source.close();
          const reopen = () => { if (!stopped) open(); };
          retry = setTimeout(() => { api.me().then(reopen, reopen); }, RECONNECT_MILLIS);
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(quiet);
      source?.close();
    };
  }, [connect, arrived]);

  const markRead = useCallback(async (id: string) => {
    await api.markRead(id);
    const now = new Date().toISOString();
    setNotifications((list) => list.map((n) => (n.id === id ? { ...n, readAt: now } : n)));
  }, []);

  const dismissToast = useCallback((id: string) => setToasts((t) => t.filter((x) => x.id !== id)), []);

  const subscribe = useCallback((listener: (n: Notification) => void) => {
    listeners.current.add(listener);
    return () => { listeners.current.delete(listener); };
  }, []);

  const value = useMemo<NotificationState>(() => ({
    notifications,
    unread: notifications.filter((n) => !n.readAt).length,
    toasts,
    connected,
    markRead,
    dismissToast,
    subscribe,
  }), [notifications, toasts, connected, markRead, dismissToast, subscribe]);

  return <NotificationContext.Provider value={value}>{children}</NotificationContext.Provider>;
}

export function useNotifications(): NotificationState {
  const state = useContext(NotificationContext);
  if (!state) throw new Error('useNotifications outside NotificationProvider');
  return state;
}

/** Runs `refresh` whenever a live notification arrives (a page showing referrals reloads them, say). */
export function useLiveRefresh(refresh: () => void, matches: (n: Notification) => boolean = () => true) {
  const { subscribe } = useNotifications();
  const arrived = useEffectEvent((n: Notification) => {
    if (matches(n)) refresh();
  });
  useEffect(() => subscribe((n) => arrived(n)), [subscribe]);
}
