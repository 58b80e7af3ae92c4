/**
 * A26 keeps credit records of agency staff; A28 protects their privacy. A staff member is
 * therefore recorded under an opaque pseudonymous id issued outside the domain — never a name
 * or an identity number, which this check refuses on sight.
 */
import { InvalidInputError } from '../kernel/domain-error.js';

const OPAQUE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{2,63}$/;
// An 18-character resident identity number (GB 11643-1999) or the legacy 15-digit form.
const LOOKS_LIKE_IDENTITY_NUMBER = /\d{17}[\dXx]|^\d{15}$/;

export function requirePseudonymousStaffId(staffId: string, field = 'staffId'): string {
  if (typeof staffId !== 'string' || !OPAQUE_ID.test(staffId) || LOOKS_LIKE_IDENTITY_NUMBER.test(staffId)) {
    throw new InvalidInputError(
      field,
      'STAFF_ID_NOT_PSEUDONYMOUS',
      'a staff member is recorded under an opaque pseudonymous id (3–64 letters, digits, . _ : -), never a name or identity number',
      {},
      'A28',
    );
  }
  return staffId;
}
