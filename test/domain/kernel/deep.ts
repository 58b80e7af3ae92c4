/** Test helpers on plain JSON-like values. */

/** Freezes every object and array reachable from `value`: a write into it then throws (ESM is strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** JSON text with keys in the order they were inserted: equal texts mean equal values in equal order. */
export const textOf = (value: unknown): string => JSON.stringify(value);
