/**
 * What a one-record document knows of the objections against it (SH-SCR arts. 36–38).
 * ObjectionDecided names only the objection, not the record, and a document is changed from the
 * event alone: so a record's document keeps the ids of its objections, and whether one is still
 * open is read from the `objections` view (`objections/<lastObjectionId>.status === 'open'`; the
 * decider allows at most one open objection per record, always the last one).
 */
export type RecordObjections = {
  readonly lastObjectionId: string | null;
  readonly objectionIds: readonly string[];
  /** A correction decided on an objection is in force (the values shown are the corrected ones). */
  readonly corrected: boolean;
  readonly revoked: boolean;
  readonly revokedAt: string | null;
};

export const NO_OBJECTIONS: RecordObjections = { lastObjectionId: null, objectionIds: [], corrected: false, revoked: false, revokedAt: null };

export function withObjectionFiled<T extends RecordObjections>(doc: T, objectionId: string): T {
  const objectionIds = doc.objectionIds.includes(objectionId) ? doc.objectionIds : [...doc.objectionIds, objectionId];
  return { ...doc, lastObjectionId: objectionId, objectionIds };
}

/** The marks of a correction; a record revoked once stays revoked. */
export function withCorrection<T extends RecordObjections>(doc: T, revokes: boolean, correctedAt: string): T {
  const revoked = doc.revoked || revokes;
  return { ...doc, corrected: true, revoked, revokedAt: doc.revokedAt ?? (revokes ? correctedAt : null) };
}
