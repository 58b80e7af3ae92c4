import { store, useStore } from './store.js';

/** What the console reads from a token's payload, to show who is signed in and which pages fit. The service verifies it. */
export interface Claims {
  readonly sub: string;
  readonly role: string;
  readonly department?: string;
  readonly subject?: string;
  readonly exp?: number;
}

export interface Session {
  readonly token: string;
  readonly claims: Claims;
}

/** The token stays in this tab only (sessionStorage): never in a URL, never in localStorage. */

/** Whether the token has expired by the browser's clock (the service has the last word: its 401 signs out too). */
export function expired(claims: Claims, nowMs = Date.now()): boolean {
  return claims.exp !== undefined && claims.exp * 1000 <= nowMs;
}
const KEY = 'credit-ledger.token';

/** The claims of a JWT, or null when the text is not one (signature unchecked: the service checks it on every call). */
export function readClaims(token: string): Claims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return null;
  try {
    const json = atob(parts[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Claims>;
    if (typeof payload.sub !== 'string' || typeof payload.role !== 'string') return null;
    return payload as Claims;
  } catch {
    return null;
  }
}

function load(): Session | null {
  const token = sessionStorage.getItem(KEY);
  const claims = token ? readClaims(token) : null;
  if (!token || !claims || expired(claims)) {
    sessionStorage.removeItem(KEY); // an expired token is not a session: the pages offer sign-in again
    return null;
  }
  return { token, claims };
}

const session = store<Session | null>(load());

export function useSession(): Session | null {
  return useStore(session);
}

export function currentSession(): Session | null {
  return session.get();
}

export function signIn(token: string): Session | null {
  const claims = readClaims(token);
  if (!claims) return null;
  sessionStorage.setItem(KEY, token);
  session.set({ token, claims });
  return session.get();
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  session.set(null);
}


