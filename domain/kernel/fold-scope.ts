/**
 * Ownership for one fold, so that folding n events costs O(n) instead of copying a growing map
 * per event. Maps and arrays a helper below creates while a fold runs are owned by that fold: later
 * events of the same fold may change them in place, because nothing outside the fold has seen them
 * (the fold returns only its last state). Anything else — the state the fold started from, a state
 * a cache or another caller holds, a constant — is copied once before it changes. So a fold never
 * mutates its input, and `evolve(state, event)` without a scope copies as it always did.
 *
 * The one rule for evolve code: put an owned map or array in one place of the state only (moving it
 * is fine, sharing it is not), and change owned things only through these helpers.
 */
export class FoldScope {
  readonly #owned = new WeakSet<object>();

  owns(value: object): boolean {
    return this.#owned.has(value);
  }

  adopt<T extends object>(value: T): T {
    this.#owned.add(value);
    return value;
  }
}

export type ById<T> = Readonly<Record<string, T>>;

/** The entry under `id`, own properties only (an id such as `constructor` finds nothing). */
export function getEntry<T>(map: ById<T>, id: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, id) ? map[id] : undefined;
}

/** Adds or replaces one entry: in place when the fold owns the map, else on a copy (which the fold then owns). */
export function putEntry<T>(map: ById<T>, id: string, value: T, scope?: FoldScope): ById<T> {
  if (scope === undefined) return { ...map, [id]: value };
  if (!scope.owns(map)) return scope.adopt({ ...map, [id]: value });
  // defineProperty, not `map[id] =`: an id such as `__proto__` must become an own entry, as in the copy.
  if (id === '__proto__') Object.defineProperty(map, id, { value, writable: true, enumerable: true, configurable: true });
  else (map as Record<string, T>)[id] = value;
  return map;
}

/** Changes one entry if it exists; an event about an unknown record changes nothing (evolve never throws). */
export function updateEntry<T>(map: ById<T>, id: string, change: (value: T) => T, scope?: FoldScope): ById<T> {
  const current = getEntry(map, id);
  return current === undefined ? map : putEntry(map, id, change(current), scope);
}

/** Removes one entry if it exists. */
export function removeEntry<T>(map: ById<T>, id: string, scope?: FoldScope): ById<T> {
  if (!Object.prototype.hasOwnProperty.call(map, id)) return map;
  if (scope?.owns(map)) {
    delete (map as Record<string, T>)[id];
    return map;
  }
  const { [id]: _removed, ...rest } = map;
  return scope === undefined ? rest : scope.adopt(rest);
}

/** Appends one item: in place when the fold owns the array, else on a copy (which the fold then owns). */
export function appendItem<T>(items: readonly T[], item: T, scope?: FoldScope): readonly T[] {
  if (scope?.owns(items)) {
    (items as T[]).push(item);
    return items;
  }
  const copy = [...items, item];
  return scope === undefined ? copy : scope.adopt(copy);
}

/** Replaces the item at `index` (which must exist): in place when owned, else on a copy. */
export function replaceItem<T>(items: readonly T[], index: number, item: T, scope?: FoldScope): readonly T[] {
  if (scope?.owns(items)) {
    (items as T[])[index] = item;
    return items;
  }
  const copy = items.slice();
  copy[index] = item;
  return scope === undefined ? copy : scope.adopt(copy);
}
