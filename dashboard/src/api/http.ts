/** A refusal or failure from CareLoop, read from its RFC 9457 problem details. */
export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly errors: FieldError[];
  readonly retryAfterSeconds?: number;

  constructor(status: number, title: string, detail?: string, type?: string, errors: FieldError[] = [],
    retryAfterSeconds?: number) {
    super(detail ?? title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = type;
    this.errors = errors;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The message for one form field, if the service named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.endsWith('.' + field))?.message;
  }
}

/** Where the browser goes when the gateway session is gone: Keycloak's login, then back. */
export const LOGIN_PATH = '/oauth2/authorization/keycloak';

let onSignedOut: () => void = () => window.location.assign(LOGIN_PATH);

/** Tests replace the redirect to the login page. */
export function setSignedOutHandler(handler: () => void) {
  onSignedOut = handler;
}

function csrfToken(): string | undefined {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : undefined;
}

async function problemOf(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      return new ApiError(response.status, body.title ?? response.statusText, body.detail, body.type,
        Array.isArray(body.errors) ? body.errors : [], retryAfter);
    } catch {
      // not JSON after all: fall through to a plain message
    }
  }
  return new ApiError(response.status, plainTitle(response.status), undefined, undefined, [], retryAfter);
}

function plainTitle(status: number): string {
  if (status === 401) return 'Your session has ended';
  if (status === 403) return 'Not allowed';
  if (status === 404) return 'Not found';
  if (status === 429) return 'Too many requests';
  if (status >= 500) return 'CareLoop is not answering right now';
  return 'The request was refused';
}

/**
 * One call to the gateway. The browser holds only the session cookie (the gateway relays the token); changes
 * carry the CSRF token from the XSRF-TOKEN cookie. A 401 means the session ended: back to the login.
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'No connection', 'CareLoop could not be reached. Check the network and try again.');
  }
  if (response.status === 401) {
    onSignedOut();
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  return (await response.json()) as T;
}

export const get = <T>(path: string) => request<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);

/** A query string of the defined values; arrays repeat the parameter. */
export function query(params: Record<string, string | number | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
