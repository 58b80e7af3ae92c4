import { HttpException } from '@nestjs/common';
import type { ActingUser } from '../http/acting-user.js';
import { errorBody } from '../http/error-body.js';

/** A26: only the credit office supervises agencies (files them, suspends them, records their credit). */
export function requireCreditOffice(actor: ActingUser, action: string): void {
  if (actor.kind !== 'credit-office')
    throw new HttpException(errorBody(403, 'FORBIDDEN', `${action}: only the credit office may do this (A22, A26); acting as ${actor.kind}`, { actorKind: actor.kind, required: 'credit-office' }), 403);
}
