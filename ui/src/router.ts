import { store, useStore } from './store.js';

/** Every page lives under /ui; the service answers the same shell for each, and this picks the page. */
export const BASE = '/ui';

export interface Location {
  /** The path below /ui, e.g. `/subjects/91320583722291823U`. */
  readonly path: string;
  readonly query: URLSearchParams;
}

function current(): Location {
  const path = window.location.pathname.startsWith(BASE) ? window.location.pathname.slice(BASE.length) || '/' : '/';
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    decoded = '/not-found'; // a malformed %-sequence in a typed address: the not-found page, not a blank one
  }
  return { path: decoded, query: new URLSearchParams(window.location.search) };
}

const location = store<Location>(current());
window.addEventListener('popstate', () => location.set(current()));

export function useLocation(): Location {
  return useStore(location);
}

/** `/ui` + path + query, for links and history. Empty query values are left out (shorter shareable URLs). */
export function href(path: string, query: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== null && value !== undefined && value !== '') params.set(key, value);
  const search = params.toString();
  return `${BASE}${path === '/' ? '' : path}${search ? `?${search}` : ''}`;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const before = location.get().path;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  location.set(current());
  if (!options.replace) window.scrollTo(0, 0);
  // Another page: focus its main content, so a screen reader reads the new page and Tab starts there
  // (the link that was clicked may be gone). A new filter on the same page keeps the focus where it is.
  if (location.get().path !== before) requestAnimationFrame(() => document.getElementById('main')?.focus());
}

/** A path pattern like `/subjects/:id` matched against a path: the parameters, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(`^${pattern.replace(/:([a-z]+)/g, (_, name: string) => { names.push(name); return '([^/]+)'; })}/?$`);
  const found = regex.exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
}
