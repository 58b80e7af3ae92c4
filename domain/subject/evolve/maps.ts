import type { ById } from '../state.js';

/** The entry under `id`, own properties only (an id such as `constructor` finds nothing). */
export function get<T>(map: ById<T>, id: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, id) ? map[id] : undefined;
}

/** Adds or replaces one entry, leaving the map it came from untouched. */
export function put<T>(map: ById<T>, id: string, value: T): ById<T> {
  return { ...map, [id]: value };
}

/** Changes one entry if it exists; an event about an unknown record changes nothing (evolve never throws). */
export function update<T>(map: ById<T>, id: string, change: (value: T) => T): ById<T> {
  const current = get(map, id);
  return current === undefined ? map : { ...map, [id]: change(current) };
}
