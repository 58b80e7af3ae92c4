import { HttpException } from '@nestjs/common';
import type { ActingUser } from '../http/acting-user.js';
import { errorBody } from '../http/error-body.js';

// The one set of actor guards. The acting user comes from the request context (the token), never
// from the body; src/auth/policy.ts decides who may call a route, these check what the route's
// data adds (whose record, which department).

/** 403 FORBIDDEN: the acting user may not take this action. */
export function forbidden(message: string, details: Record<string, unknown> = {}): HttpException {
  return new HttpException(errorBody(403, 'FORBIDDEN', message, details), 403);
}

/** The subject acts only on its own records (its id from the request context equals the path id). */
export function isSubjectItself(actor: ActingUser, subjectId: string): boolean {
  return actor.kind === 'subject' && actor.id === subjectId;
}

/** A25: the department a department user acts for is the one recorded, from the request context, never the body. */
export function requireDepartment(actor: ActingUser, action: string): string {
  if (actor.kind !== 'department') throw forbidden(`${action}: only a department may do this`, { action, actorKind: actor.kind });
  if (actor.department === null) throw forbidden(`${action}: the acting department user names no department`, { action, actorKind: actor.kind });
  return actor.department;
}

/**
 * A25: a department acts for itself only. A body field naming another department is an
 * authorization matter (403 FORBIDDEN, the same answer on every route), not bad input.
 */
export function requireOwnDepartment(actor: ActingUser, action: string, field: string, named: string | undefined, article: string): string {
  const own = requireDepartment(actor, action);
  if (named !== undefined && named !== own)
    throw forbidden(`${action}: department ${own} acts for itself only, not for ${named} (${field}, ${article})`, { department: own, field, [field]: named, article });
  return own;
}
