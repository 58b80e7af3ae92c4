import type { IndexDeclaration } from './view-store.port.js';
import { InvalidViewQuery } from './errors.js';
import { checkFieldPath } from './query-checks.js';

/**
 * The keys of one declared index, in order, each checked: `'a'` → [a, id], `['a', 'b']` and
 * `'a,b'` → [a, b, id]. A declaration may place `id` itself: the fields after it are carried in
 * the index (a filter on them is checked there, row by row) without changing its order —
 * `['publishable', 'decisionDate', 'id', 'disclosedThrough']` serves "publishable, sorted by
 * decisionDate, disclosedThrough in range".
 */
export function indexKeys(declaration: IndexDeclaration): string[] {
  const fields = typeof declaration === 'string' ? declaration.split(',') : [...declaration];
  if (fields.length === 0) throw new InvalidViewQuery('indexes', 'INDEX_FIELDS', 'an index names at least one field');
  fields.forEach(checkFieldPath);
  if (new Set(fields).size !== fields.length) throw new InvalidViewQuery('indexes', 'INDEX_FIELDS', `${fields.join(',')} names a field twice`);
  return fields.includes('id') ? fields : [...fields, 'id'];
}

/** Every declared index as its keys (ending with or containing `id`); the primary key `id` alone and duplicates left out. */
export function declaredIndexes(declarations: readonly IndexDeclaration[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const declaration of declarations) {
    const keys = indexKeys(declaration);
    if (keys.length > 1) seen.set(keys.join(','), keys);
  }
  return [...seen.values()];
}

/** The fields a query may filter or sort on: every field named in a declared index. */
export function queryableFields(declarations: readonly IndexDeclaration[]): Set<string> {
  return new Set(declaredIndexes(declarations).flat().filter((field) => field !== 'id'));
}

/**
 * A stable index name suffix: the keys before a trailing `id`, joined by `+` (never in a field
 * path), dots as `__` — a single field keeps the name it always had (`ix_<view>_<field>`).
 */
export function indexNameSuffix(keys: readonly string[]): string {
  const named = keys[keys.length - 1] === 'id' ? keys.slice(0, -1) : keys;
  return named.map((field) => field.replace(/\./g, '__')).join('+');
}
