/**
 * Records addressed without their subject in the path (`/objections/{oid}`, `/repairs/{rpid}`)
 * carry it in their id: `<subjectId>.<uuidV7>`, so a handler finds the stream from the id alone.
 */
const SCOPED_ID = /^([0-9A-HJ-NPQRTUWXY]{18}|P[0-9A-F]{32})\.[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export interface SubjectScopedId {
  readonly subjectId: string;
  /** The whole id, as the record is stored under. */
  readonly id: string;
}

export function subjectScopedId(subjectId: string, uuid: string): string {
  return `${subjectId}.${uuid}`;
}

export function parseSubjectScopedId(value: string): SubjectScopedId | null {
  if (!SCOPED_ID.test(value)) return null;
  return { subjectId: value.slice(0, value.indexOf('.')), id: value };
}
