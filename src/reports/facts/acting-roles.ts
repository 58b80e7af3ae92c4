import { HttpException } from '@nestjs/common';
import type { ActorKind } from '../../event-store/event-store.port.js';
import type { ActingUser } from '../../http/acting-user.js';
import { errorBody } from '../../http/error-body.js';

/** 403: the acting user (from the request context, never the body) may not do this. */
export function forbidden(message: string, details: Record<string, unknown> = {}): HttpException {
  return new HttpException(errorBody(403, 'FORBIDDEN', message, details), 403);
}

/** Refuses any acting user whose kind is not listed. */
export function requireActorKind(actor: ActingUser, kinds: readonly ActorKind[], action: string): void {
  if (!kinds.includes(actor.kind)) throw forbidden(`${action}: only ${kinds.join(' or ')} may do this, not ${actor.kind}`, { actorKind: actor.kind, allowed: kinds });
}

/** A subject acts only on its own record. */
export function requireSubjectItself(actor: ActingUser, subjectId: string, action: string): void {
  if (actor.kind !== 'subject' || actor.id !== subjectId) throw forbidden(`${action}: a subject acts only for itself`, { subjectId });
}

/** The department a department-kind user acts for: it is the department recorded (A25), so it must be known. */
export function actingDepartmentId(actor: ActingUser, action: string): string {
  if (actor.kind !== 'department' || actor.department === null) throw forbidden(`${action}: the acting department is not known`, { actorKind: actor.kind });
  return actor.department;
}
