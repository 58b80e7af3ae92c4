import { currentSession, signOut } from '../session.js';

/** The API's error body (docs/api.md, "Errors"), or a network failure shaped like one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | null | undefined>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}`;
}

async function call<T>(method: 'GET' | 'POST', path: string, options: { query?: Query; body?: unknown; signal?: AbortSignal }): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const session = currentSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url(path, options.query), { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'the service cannot be reached', '无法连接服务');
  }
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : null;
  if (response.ok) return body as T;
  const error = (body ?? {}) as Partial<{ code: string; message: string; messageZh: string; details: Record<string, unknown> }>;
  // The service no longer accepts the token (expired, or signed with another key): forget it, so the pages offer sign-in.
  if (response.status === 401 && session) signOut();
  throw new ApiError(response.status, error.code ?? `HTTP_${response.status}`, error.message ?? response.statusText, error.messageZh ?? error.message ?? response.statusText, error.details ?? {});
}

/** GET an API route with the signed-in user's token (none: the public). */
export function get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return call<T>('GET', path, { query, signal });
}

export function post<T>(path: string, body: unknown): Promise<T> {
  return call<T>('POST', path, { body });
}

/** A path segment, percent-encoded. */
export const seg = (value: string): string => encodeURIComponent(value);
