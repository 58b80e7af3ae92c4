import type { IndexDeclaration } from './view-store.port.js';
import { InvalidViewQuery } from './errors.js';
import { checkFieldPath } from './query-checks.js';

/**
 * The fields of one declared index, in order, each checked: `'a'` → [a], `['a', 'b']` and
 * `'a,b'` → [a, b]. Both adapters append `id` as the last key.
 */
export function indexFields(declaration: IndexDeclaration): string[] {
  const fields = typeof declaration === 'string' ? declaration.split(',') : [...declaration];
  if (fields.length === 0) throw new InvalidViewQuery('indexes', 'INDEX_FIELDS', 'an index names at least one field');
  fields.forEach(checkFieldPath);
  return fields;
}

/** Every declared index as its list of fields, `id` left out (it ends every index anyway); duplicates once. */
export function declaredIndexes(declarations: readonly IndexDeclaration[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const declaration of declarations) {
    const fields = indexFields(declaration);
    if (fields.length === 1 && fields[0] === 'id') continue;
    seen.set(fields.join(','), fields);
  }
  return [...seen.values()];
}

/** The fields a query may filter or sort on: every field named in a declared index. */
export function queryableFields(declarations: readonly IndexDeclaration[]): Set<string> {
  return new Set(declaredIndexes(declarations).flat());
}

/** A stable index name suffix: fields joined by `+` (never in a field path), dots as `__` (as single-field names always were). */
export function indexNameSuffix(fields: readonly string[]): string {
  return fields.map((field) => field.replace(/\./g, '__')).join('+');
}
