import { get } from './client.js';
import { store, useStore } from '../store.js';

export interface DepartmentName {
  readonly departmentId: string;
  readonly name: string;
  readonly successorId: string | null;
  readonly participating: boolean;
}

const names = store<ReadonlyMap<string, DepartmentName>>(new Map());
let requested = false;

/** The public department registry (A13), once per page load: disclosures and timelines show names, not ids. */
function loadNames(): void {
  if (requested) return;
  requested = true;
  get<{ items: DepartmentName[] }>('/departments/names', { limit: 500 }).then(
    (answer) => names.set(new Map(answer.items.map((item) => [item.departmentId, item]))),
    () => { requested = false; },
  );
}

/** id → name in force today (the id itself until the registry has answered, or for an unknown id). */
export function useDepartmentNames(): { readonly name: (id: string | null | undefined) => string; readonly all: readonly DepartmentName[] } {
  loadNames();
  const map = useStore(names);
  return { name: (id) => (id ? map.get(id)?.name ?? id : '—'), all: [...map.values()] };
}
