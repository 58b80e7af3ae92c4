import { checkResidentId } from '../../../domain/rules/identifiers/resident-id.js';
import type { PersonalRecord } from '../../../src/personal-data/personal-data.port.js';

/** 18 characters shaped like a GB 11643 identity number: division, a birth date 19xx/20xx, sequence, check character. */
const ID_SHAPE = /(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;

/** Candidates with a valid date and GB 11643 check character: identity numbers, not USCCs that merely look alike. */
function identityNumbersIn(text: string): string[] {
  return [...text.matchAll(ID_SHAPE)].map(([candidate]) => candidate).filter((candidate) => {
    try {
      checkResidentId(candidate);
      return true;
    } catch {
      return false;
    }
  });
}

/** A28: every identity number (by shape, or one of the stored ones) and every stored full name found in `text`. */
export function personalDataIn(text: string, persons: readonly PersonalRecord[]): string[] {
  const numbers = new Set([...identityNumbersIn(text), ...persons.map((person) => person.identityNumber).filter((number) => text.includes(number))]);
  const names = persons.filter((person) => text.includes(person.fullName)).map((person) => `full name of ${person.subjectId}`);
  return [...[...numbers].map((number) => `identity number ${number}`), ...names];
}
