import { HttpException } from '@nestjs/common';
import type { ActorKind } from '../event-store/event-store.port.js';
import type { ActingUser } from '../http/acting-user.js';
import { errorBody } from '../http/error-body.js';

// The one set of actor guards. The acting user comes from the request context (the token), never
// from the body; src/auth/policy.ts decides who may call a route, these check what the route's
// data adds (whose record, which department).

/** 403 FORBIDDEN: the acting user may not take this action. */
export function forbidden(message: string, details: Record<string, unknown> = {}): HttpException {
  return new HttpException(errorBody(403, 'FORBIDDEN', message, details), 403);
}

/** Refuses any acting user whose kind is not listed. */
export function requireActorKind(actor: ActingUser, kinds: readonly ActorKind[], action: string): void {
  if (!kinds.includes(actor.kind)) throw forbidden(`${action}: only ${kinds.join(' or ')} may do this, not ${actor.kind}`, { action, actorKind: actor.kind, allowed: kinds });
}

/** The subject acts only on its own records (its id from the request context equals the path id). */
export function isSubjectItself(actor: ActingUser, subjectId: string): boolean {
  return actor.kind === 'subject' && actor.id === subjectId;
}

export function requireSubjectItself(actor: ActingUser, subjectId: string, action: string): void {
  if (!isSubjectItself(actor, subjectId)) throw forbidden(`${action}: only the subject ${subjectId} itself may do this`, { action, actorKind: actor.kind, subjectId });
}

/** A25: the department a department user acts for is the one recorded, from the request context, never the body. */
export function requireDepartment(actor: ActingUser, action: string): string {
  if (actor.kind !== 'department') throw forbidden(`${action}: only a department may do this`, { action, actorKind: actor.kind });
  if (actor.department === null) throw forbidden(`${action}: the acting department user names no department`, { action, actorKind: actor.kind });
  return actor.department;
}

export function requireCenter(actor: ActingUser, action: string): void {
  if (actor.kind !== 'center') throw forbidden(`${action}: only the credit center may do this`, { action, actorKind: actor.kind });
}

/** A22: the credit office supervises agencies (A26) and departments' use of credit information (A25). */
export function requireCreditOffice(actor: ActingUser, action: string): void {
  if (actor.kind !== 'credit-office')
    throw forbidden(`${action}: only the credit office may do this (A22); acting as ${actor.kind}`, { action, actorKind: actor.kind, required: 'credit-office' });
}

/** A24: a department sets its own rules; the credit office (A22) may act for any department. */
export function requireDepartmentItselfOrCreditOffice(actor: ActingUser, departmentId: string, action: string): void {
  if (actor.kind === 'credit-office') return;
  if (actor.kind === 'department' && actor.department === null)
    throw forbidden(`${action}: the acting department user names no department`, { action, actorKind: actor.kind });
  if (actor.kind === 'department' && actor.department === departmentId) return;
  throw forbidden(`${action}: only department ${departmentId} itself or the credit office may do this (A24)`, { action, actorKind: actor.kind, actorDepartment: actor.department, departmentId });
}
