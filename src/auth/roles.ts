import type { ActorKind } from '../event-store/event-store.port.js';

/**
 * The roles a token may carry (issue 5). Each is an actor kind of the log, so the actor recorded in
 * an event's metadata is the verified role itself; the credit center's reviewer is 'center'.
 */
export const ROLES = ['subject', 'department', 'center', 'credit-office', 'agency', 'bank', 'auditor'] as const satisfies readonly ActorKind[];
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Ids recorded in the log's actor metadata: the event store's own token rule. */
export const ID_PATTERN = /^[A-Za-z0-9._:@-]{1,100}$/;

/** The claims of a credit-ledger token besides the standard ones (sub, iat, exp, iss, aud). */
export interface LedgerClaims {
  readonly sub: string;
  readonly role: Role;
  /** A department officer's department id (required for department work). */
  readonly department?: string;
  /** A credit agency's id (required for the agency role). */
  readonly agency?: string;
  /** A bank's id (required for the bank role). */
  readonly bank?: string;
  /** A credit subject acting for itself: its subject id (required for the subject role). */
  readonly subject?: string;
}
