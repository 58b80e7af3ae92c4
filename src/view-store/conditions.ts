import type { FieldCondition } from './view-store.port.js';

/**
 * Does this condition leave out NULL (and missing) values? Everything but `null` / `eq: null`
 * does: SQL never matches NULL with a comparison, and the MongoDB mapping keeps that meaning.
 */
export function excludesNull(condition: FieldCondition | undefined): boolean {
  if (condition === undefined || condition === null) return false;
  if (typeof condition !== 'object') return true;
  return Object.entries(condition).some(([op, value]) => !(op === 'eq' && value === null));
}
