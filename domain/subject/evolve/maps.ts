import { getEntry, putEntry, updateEntry, type FoldScope } from '../../kernel/fold-scope.js';
import type { ById } from '../state.js';

/** The entry under `id`, own properties only (an id such as `constructor` finds nothing). */
export function get<T>(map: ById<T>, id: string): T | undefined {
  return getEntry(map, id);
}

/** Adds or replaces one entry, leaving the map it came from untouched unless the fold owns it (kernel/fold-scope.ts). */
export function put<T>(map: ById<T>, id: string, value: T, scope?: FoldScope): ById<T> {
  return putEntry(map, id, value, scope);
}

/** Changes one entry if it exists; an event about an unknown record changes nothing (evolve never throws). */
export function update<T>(map: ById<T>, id: string, change: (value: T) => T, scope?: FoldScope): ById<T> {
  return updateEntry(map, id, change, scope);
}
