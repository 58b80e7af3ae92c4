import { HttpException } from '@nestjs/common';
import type { ActingUser } from '../../http/acting-user.js';
import { errorBody } from '../../http/error-body.js';

/** 403 with the api.md error body: the acting user may not take this action. */
export function forbidden(message: string, details: Record<string, unknown> = {}): HttpException {
  return new HttpException(errorBody(403, 'FORBIDDEN', message, details), 403);
}

/** The subject acts only on its own records (its id from the request context equals the path id). */
export function isSubjectItself(actor: ActingUser, subjectId: string): boolean {
  return actor.kind === 'subject' && actor.id === subjectId;
}

export function requireSubjectItself(actor: ActingUser, subjectId: string, action: string): void {
  if (!isSubjectItself(actor, subjectId)) throw forbidden(`${action}: only the subject ${subjectId} itself may do this`, { action, actorKind: actor.kind });
}

/** A department acts for its own department: the id recorded in the event comes from the request context, never the body. */
export function requireDepartment(actor: ActingUser, action: string): string {
  if (actor.kind !== 'department') throw forbidden(`${action}: only a department may do this`, { action, actorKind: actor.kind });
  if (actor.department === null) throw forbidden(`${action}: the acting department user has no department`, { action });
  return actor.department;
}

export function requireCenter(actor: ActingUser, action: string): void {
  if (actor.kind !== 'center') throw forbidden(`${action}: only the credit center may do this`, { action, actorKind: actor.kind });
}
