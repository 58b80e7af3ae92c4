import { get } from './client.js';
import { store, useStore } from '../store.js';

const names = store<ReadonlyMap<string, string>>(new Map());
let requested = false;

/** The public agency registry (A20), once per page load: the timeline names the agency that filed a report, not its id. */
export function useAgencyNames(): (id: string) => string {
  if (!requested) {
    requested = true;
    get<{ items: { agencyId: string; name: string }[] }>('/agencies', { limit: 200 }).then(
      (answer) => names.set(new Map(answer.items.map((item) => [item.agencyId, item.name]))),
      () => { requested = false; },
    );
  }
  const map = useStore(names);
  return (id) => map.get(id) ?? id;
}
