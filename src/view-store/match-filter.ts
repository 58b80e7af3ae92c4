import type { FieldCondition, IndexedValue, ViewQuery } from './view-store.port.js';

/**
 * Whether one document in hand meets a view query's filter, with the stores' meaning: a missing
 * field is null, null meets only `null` / `eq: null` / `ne` a value, and a range compares values of
 * one type only. For answers about a document replayed in memory (a past revision) with the very
 * filter a list query uses, so that rule is written once.
 */
export function matchesFilter(doc: { readonly [field: string]: unknown }, filter: ViewQuery['filter']): boolean {
  return Object.entries(filter ?? {}).every(([field, condition]) => meets(valueAt(doc, field), condition));
}

function valueAt(doc: { readonly [field: string]: unknown }, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value ?? null;
}

function meets(value: unknown, condition: FieldCondition): boolean {
  if (condition === null || typeof condition !== 'object') return value === condition;
  return Object.entries(condition).every(([op, bound]) => {
    if (op === 'in') return (bound as readonly IndexedValue[]).some((item) => item !== null && item === value);
    if (op === 'eq') return value === bound;
    if (op === 'ne') return bound === null ? value !== null : value !== null && value !== bound;
    if (value === null || bound === null || typeof value !== typeof bound) return false;
    const [a, b] = [value as string | number, bound as string | number];
    return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : op === 'lte' ? a <= b : false;
  });
}
