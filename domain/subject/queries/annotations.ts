/** What objections say about a record at an instant: open objection, revocation, corrections. */
import { compareInstants } from '../../rules/time.js';
import { get } from '../evolve/maps.js';
import { NO_ANNOTATIONS, type ObjectionRecord, type RecordAnnotations, type SubjectState } from '../state.js';
import { targetKey, type RecordTarget } from '../values.js';

export const notAfter = (a: string, b: string): boolean => compareInstants(a, b) <= 0;

export function annotationsOf(state: SubjectState, target: RecordTarget): RecordAnnotations {
  return get(state.annotations, targetKey(target)) ?? NO_ANNOTATIONS;
}

/** A record revoked after an objection (the record itself stays in the log). */
export function isRevokedAt(state: SubjectState, target: RecordTarget, at: string): boolean {
  const { revokedAt } = annotationsOf(state, target);
  return revokedAt !== null && notAfter(revokedAt, at);
}

/** The objection open against a record at `at`, if any. */
export function objectionOpenAt(state: SubjectState, target: RecordTarget, at: string): ObjectionRecord | null {
  const key = targetKey(target);
  return (
    Object.values(state.objections).find(
      (o) => targetKey(o.target) === key && notAfter(o.filedAt, at) && (o.decision === null || !notAfter(o.decision.decidedAt, at)),
    ) ?? null
  );
}

/** SH-SCR arts. 36–38: "under objection" from filing until decided, shown in every view. */
export function isUnderObjectionAt(state: SubjectState, target: RecordTarget, at: string): boolean {
  return objectionOpenAt(state, target, at) !== null;
}

/** The objection currently open against a record (at most one: the decider allows no second). */
export function openObjectionFor(state: SubjectState, target: RecordTarget): ObjectionRecord | null {
  const key = targetKey(target);
  return Object.values(state.objections).find((o) => targetKey(o.target) === key && o.decision === null) ?? null;
}
