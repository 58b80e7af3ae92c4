import { get } from './client.js';
import { tr } from '../i18n/lang.js';
import { store, useStore } from '../store.js';

export interface DepartmentName {
  readonly departmentId: string;
  /** The Chinese name in force today; nameEn its English name (either may be null). */
  readonly name: string | null;
  readonly nameEn: string | null;
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

/** A department's name in the language shown (the Chinese name when there is no English one; the id when there is neither). */
export function departmentLabel(department: DepartmentName): string {
  return tr(department.name ?? department.departmentId, department.nameEn ?? department.name ?? department.departmentId);
}

/** id → name in force today (the id itself until the registry has answered, or for an unknown id). */
export function useDepartmentNames(): { readonly name: (id: string | null | undefined) => string; readonly all: readonly DepartmentName[] } {
  loadNames();
  const map = useStore(names);
  return {
    name: (id) => {
      if (!id) return '—';
      const found = map.get(id);
      return found ? departmentLabel(found) : id;
    },
    all: [...map.values()],
  };
}
