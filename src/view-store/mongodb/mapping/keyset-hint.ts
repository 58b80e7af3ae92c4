import type { IndexDeclaration } from '../../view-store.port.js';
import { declaredIndexes, indexNameSuffix } from '../../index-declarations.js';

/**
 * The declared index a keyset page should walk (issue 14 item 6): the first whose keys before the
 * sort field are all filtered on, and which holds the sort field (then `_id`): the planner, offered
 * the cursor's `$or`, may otherwise pick a plan that sorts in memory. Sorted by id, or with no such
 * index, no hint (`_id` walks the primary index).
 */
export function keysetHint(declarations: readonly IndexDeclaration[], filtered: readonly string[], sortField: string): string | undefined {
  if (sortField === 'id') return undefined;
  for (const keys of declaredIndexes(declarations)) {
    const at = keys.indexOf(sortField);
    if (at >= 0 && keys.slice(0, at).every((field) => filtered.includes(field))) return `ix_${indexNameSuffix(keys)}`;
  }
  return undefined;
}
