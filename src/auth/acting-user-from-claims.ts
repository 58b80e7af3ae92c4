import type { JWTPayload } from 'jose';
import type { ActingUser } from '../http/acting-user.js';
import { ID_PATTERN, isRole } from './roles.js';

/** A token that verified but does not say who acts in a way the ledger can record: 401. */
export class InvalidClaims extends Error {
  constructor(readonly claim: string, rule: string) {
    super(`claim ${claim}: ${rule}`);
    this.name = 'InvalidClaims';
  }
}

function id(payload: JWTPayload, claim: string, required: boolean): string | null {
  const value = payload[claim];
  if (value === undefined || value === null) {
    if (required) throw new InvalidClaims(claim, 'is required for this role');
    return null;
  }
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) throw new InvalidClaims(claim, 'must be 1–100 characters of [A-Za-z0-9._:@-]');
  return value;
}

function actingFor(kind: 'subject' | 'agency' | 'bank', party: string, sub: string): ActingUser {
  return { kind, id: party, department: null, ...(sub !== party ? { user: sub } : {}) };
}

/**
 * The acting user recorded in events: the role is the actor kind; a subject, an agency and a bank
 * act under their own id (the id the rules compare with), everyone else under the token's `sub`.
 * Where the party's id is not the `sub`, `user` keeps the sub: the audit trail names who acted.
 * A department officer's department may be missing: the policy then refuses department work (403).
 */
export function actingUserFromClaims(payload: JWTPayload): ActingUser {
  const role = payload.role;
  if (!isRole(role)) throw new InvalidClaims('role', 'must be one of subject, department, center, credit-office, agency, bank, auditor');
  const sub = id(payload, 'sub', true) as string;
  switch (role) {
    case 'subject':
    case 'agency':
    case 'bank': return actingFor(role, id(payload, role, true) as string, sub);
    case 'department': return { kind: role, id: sub, department: id(payload, 'department', false) };
    default: return { kind: role, id: sub, department: null };
  }
}
