/**
 * A28: a person's identity number must never reach an address. The search box may be given one by
 * mistake (an 18-character number looks like a USCC): it is recognised here (GB 11643: 17 digits,
 * a check digit or X, a real birth date; the older 15-digit form too) and looked up through the
 * request body instead.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

function realDate(yyyymmdd: string): boolean {
  const date = new Date(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10).replace(/-/g, '') === yyyymmdd;
}

/** An 18-character resident identity number with a valid check digit and birth date. */
export function isResidentId(text: string): boolean {
  const id = text.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id) || !realDate(id.slice(6, 14))) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

/** Anything that could be (part of) an identity number: 15 or more digits, perhaps ending in X. Never put in an address. */
export function mayBeIdentityNumber(text: string): boolean {
  return /^\d{14,17}[\dX]$/i.test(text.trim());
}

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code with a valid check character (GB 32100-2015: C18 = 31 − (Σ mod 31), 31 → 0). */
export function isUscc(text: string): boolean {
  const code = text.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = USCC_WEIGHTS.reduce((total, weight, i) => total + weight * USCC_CHARSET.indexOf(code[i]!), 0);
  return USCC_CHARSET[(31 - (sum % 31)) % 31] === code[17];
}
