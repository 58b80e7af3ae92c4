import { HttpException } from '@nestjs/common';
import type { ActingUser } from '../http/acting-user.js';
import { errorBody } from '../http/error-body.js';

function forbidden(message: string, details: Record<string, unknown>): HttpException {
  return new HttpException(errorBody(403, 'FORBIDDEN', message, details), 403);
}

/** A24: a department sets its own rules; the credit office (A22) may act for any department. */
export function requireDepartmentItselfOrCreditOffice(actor: ActingUser, departmentId: string, action: string): void {
  if (actor.kind === 'credit-office') return;
  if (actor.kind === 'department' && actor.department === null)
    throw forbidden(`${action}: the acting department user names no department`, { actorKind: actor.kind });
  if (actor.kind === 'department' && actor.department === departmentId) return;
  throw forbidden(`${action}: only department ${departmentId} itself or the credit office may do this (A24)`, { actorKind: actor.kind, actorDepartment: actor.department, departmentId });
}

/** api.md: the department registry and usage statistics are the credit office's (A22, A25); a department may read its own usage. */
export function requireCreditOffice(actor: ActingUser, action: string): void {
  if (actor.kind !== 'credit-office')
    throw forbidden(`${action}: only the credit office may read this (A22, A25); acting as ${actor.kind}`, { actorKind: actor.kind, required: 'credit-office' });
}
