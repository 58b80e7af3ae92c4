import { HttpException } from '@nestjs/common';
import { checkResidentId, usccCheckCharacter } from '../../../domain/rules/identifiers/index.js';
import { errorBody } from '../../http/error-body.js';

/**
 * A28: a person's identity number never travels in an address (it would land in browser history,
 * proxies' and our own access logs). A valid resident identity number (GB 11643: date and check
 * digit) that is not also a valid USCC (GB 32100 check character) is refused before anything is
 * read or logged with it; the way to find a person is POST /subjects/lookup with the number in the body.
 */
export function refuseIdentityNumber(field: string, value: string): void {
  const text = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(text) || usccCheckCharacter(text.slice(0, 17)) === text.charAt(17)) return;
  try {
    checkResidentId(text, field);
  } catch {
    return; // not an identity number: the caller's own checks answer
  }
  throw new HttpException(
    errorBody(400, 'VALIDATION_FAILED', `${field}: an identity number must not be sent in an address; send it in the body of POST /subjects/lookup`, { field, rule: 'IDENTITY_NUMBER_IN_URL', article: 'A28' }),
    400,
  );
}
