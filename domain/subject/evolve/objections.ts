import { appendItem, type FoldScope } from '../../kernel/fold-scope.js';
import type { ObjectionDecided, ObjectionFiled, ObjectionForwarded, RecordCorrected } from '../events/objections.js';
import { NO_ANNOTATIONS, type RecordAnnotations, type SubjectState } from '../state.js';
import { targetKey, type RecordTarget } from '../values.js';
import { get, put, update } from './maps.js';

export function objectionFiled(state: SubjectState, { data }: ObjectionFiled, scope?: FoldScope): SubjectState {
  const { objectionId, target, reason, filedAt, centerDueAt, forwardDueAt } = data;
  return {
    ...state,
    objections: put(state.objections, objectionId, { objectionId, target, reason, filedAt, centerDueAt, forwardDueAt, forwarded: null, decision: null }, scope),
  };
}

export function objectionForwarded(state: SubjectState, { data }: ObjectionForwarded, scope?: FoldScope): SubjectState {
  const { objectionId, toDepartmentId, forwardedAt, late, departmentDueAt } = data;
  return {
    ...state,
    objections: update(state.objections, objectionId, (o) => ({ ...o, forwarded: { toDepartmentId, forwardedAt, late, departmentDueAt } }), scope),
  };
}

export function objectionDecided(state: SubjectState, { data }: ObjectionDecided, scope?: FoldScope): SubjectState {
  const { objectionId, decidedBy, outcome, reasons, decidedAt, late } = data;
  const objection = get(state.objections, objectionId);
  const objections = update(state.objections, objectionId, (o) => ({ ...o, decision: { decidedBy, outcome, reasons, decidedAt, late } }), scope);
  if (objection === undefined || outcome !== 'unresolved') return { ...state, objections };
  return {
    ...state,
    objections,
    annotations: annotate(state.annotations, objection.target, (a) => ({ ...a, unresolvedObjectionIds: appendItem(a.unresolvedObjectionIds, objectionId, scope) }), scope),
  };
}

export function recordCorrected(state: SubjectState, { data }: RecordCorrected, scope?: FoldScope): SubjectState {
  const { objectionId, target, correction, recomputed, revokesRecord, correctedAt, disclosureEndsBy, revokesLinkedBreachId: linkedBreachId } = data;
  const corrected = annotate(state.annotations, target, (a) => ({
    corrections: appendItem(a.corrections, { objectionId, correction, recomputed, correctedAt }, scope),
    revokedAt: revokesRecord && a.revokedAt === null ? correctedAt : a.revokedAt,
    // The deadline belongs to the breach revoked: the target, unless it revokes a linked breach.
    disclosureEndsBy: linkedBreachId === null ? (disclosureEndsBy ?? a.disclosureEndsBy) : a.disclosureEndsBy,
    unresolvedObjectionIds: a.unresolvedObjectionIds,
  }), scope);
  if (linkedBreachId === null) return { ...state, annotations: corrected };
  // A8, A9: the breach a check created falls with the check (decided on the event, applied here).
  const annotations = annotate(corrected, { kind: 'breach', id: linkedBreachId }, (a) => ({
    ...a,
    revokedAt: a.revokedAt ?? correctedAt,
    disclosureEndsBy: disclosureEndsBy ?? a.disclosureEndsBy,
  }), scope);
  return { ...state, annotations };
}

/** The new annotations object replaces the old one, so an owned array in it stays in one place. */
function annotate(annotations: SubjectState['annotations'], target: RecordTarget, change: (a: RecordAnnotations) => RecordAnnotations, scope?: FoldScope) {
  const key = targetKey(target);
  return put(annotations, key, change(get(annotations, key) ?? NO_ANNOTATIONS), scope);
}
