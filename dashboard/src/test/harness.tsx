import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import type { Me } from '../api/types';
import { NotificationProvider, type StreamSource } from '../ui/NotificationCenter';
import { SessionProvider } from '../ui/session';

export const SAM: Me = { username: 'sam', name: 'Sam Social', roles: ['social-worker'], team: 'palliative-north' };
export const SUE: Me = { username: 'sue', name: 'Sue Supervisor', roles: ['supervisor'], team: 'palliative-north' };
export const HANA: Me = { username: 'hana', name: 'Hana Hospice', roles: ['hospice-staff'], org: '5a1e0000-0000-4000-8000-000000000001' };

export interface Call {
  method: string;
  path: string;
  body?: unknown;
  headers: Record<string, string>;
}

type Handler = (call: Call) => { status?: number; body?: unknown } | undefined;

/** Stands in for the gateway: answers by "METHOD /path" (query string ignored), records every call. */
export function fakeGateway(routes: Record<string, unknown | Handler>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      headers: (init?.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const key = `${call.method} ${url.split('?')[0]}`;
    const route = routes[key];
    if (route === undefined) {
      return json(404, { title: 'Not found', status: 404 }, 'application/problem+json');
    }
    const answer = typeof route === 'function' ? (route as Handler)(call) ?? {} : { body: route };
    const status = answer.status ?? 200;
    return json(status, answer.body, status >= 400 ? 'application/problem+json' : 'application/json');
  });
  vi.stubGlobal('fetch', fetchMock);
  /** What the page asked to change (its reads left out). */
  const changes = () => calls.filter((c) => c.method !== 'GET');
  return { calls, changes, fetchMock };
}

function json(status: number, body: unknown, type: string): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': type },
  });
}

/** An answer with a status other than 200 (a problem, a 201). */
export function reply(status: number, body?: unknown): Handler {
  return () => ({ status, body });
}

/** A stream the test pushes notifications into. */
export class FakeStream implements StreamSource {
  static opened: FakeStream[] = [];
  readyState = 1;
  onerror: ((event: Event) => void) | null = null;
  private listeners = new Map<string, ((event: MessageEvent) => void)[]>();

  constructor(readonly url: string) {
    FakeStream.opened.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: string, data?: unknown, lastEventId = '') {
    this.listeners.get(type)?.forEach((l) => l(new MessageEvent(type, {
      data: typeof data === 'string' ? data : JSON.stringify(data), lastEventId,
    })));
  }

  fail(closed: boolean) {
    this.readyState = closed ? 2 : 0;
    this.onerror?.(new Event('error'));
  }

  close() {
    this.readyState = 2;
  }
}

export function Where() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname}</p>;
}

/** Renders a page as the person would see it at `url`, matched by `path`. */
export function renderPage(page: ReactElement, { me = SAM, url = '/', path = '*' }: { me?: Me; url?: string; path?: string } = {}) {
  return render(
    <SessionProvider me={me}>
      <NotificationProvider connect={(u) => new FakeStream(u)}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={page} />
          </Routes>
          <Where />
        </MemoryRouter>
      </NotificationProvider>
    </SessionProvider>,
  );
}
