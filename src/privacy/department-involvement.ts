import type { StoredEvent } from '../event-store/event-store.port.js';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * A28: whether a department has a record of the subject: some event was recorded by one of its
 * officers (e.g. it registered the subject for its matter, A4; a re-registration is refused, so this
 * cannot be manufactured), or some event's data names it under a department field (departmentId,
 * forDepartmentId, toDepartmentId, decidedBy.departmentId, commissionedBy.departmentId,
 * requestedBy.departmentId…) or as a `{kind: 'department', id}` party (a report's usedBy).
 * Any key containing "department" counts, so a field added later is covered.
 */
export function departmentIsInvolved(events: readonly StoredEvent[], department: string): boolean {
  return events.some((event) =>
    (event.metadata.actor.kind === 'department' && event.metadata.actor.department === department) || names(event.data as Json, department));
}

function names(value: Json, department: string): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item: Json) => names(item, department));
  const object = value as { readonly [key: string]: Json };
  if (object.kind === 'department' && object.id === department) return true;
  return Object.entries(object).some(([key, field]) =>
    (/department/i.test(key) && field === department) || names(field, department));
}
