import { describe, expect, it } from '@jest/globals';
import { checkResidentId } from '../../../domain/rules/identifiers/resident-id.js';
import { checkUscc } from '../../../domain/rules/identifiers/uscc.js';
import { cityIdentityNumber, cityUscc } from '../../../bench/city/city-identifiers.js';

// A4 (GB 32100-2015) and GB 11643-1999: the city's identifiers are valid, and distinct for
// distinct subjects, so workers can make subjects in parallel without sharing a set of ids.
describe('city identifiers (bench:city)', () => {
  const indexes = Array.from({ length: 20_000 }, (_, i) => i * 53);

  it('A4: every USCC is valid, without the organisation-code warning, and none repeats', () => {
    const usccs = indexes.map(cityUscc);
    for (const uscc of usccs.slice(0, 2_000)) expect(checkUscc(uscc).warnings).toEqual([]);
    expect(new Set(usccs).size).toBe(usccs.length);
  });

  it('every identity number is valid, born 1950–2008, and none repeats', () => {
    const persons = indexes.map(cityIdentityNumber);
    for (const { identityNumber, birthDate } of persons.slice(0, 2_000)) {
      expect(() => checkResidentId(identityNumber)).not.toThrow();
      expect(birthDate >= '1950-01-01' && birthDate <= '2008-12-31').toBe(true);
    }
    expect(new Set(persons.map((p) => p.identityNumber)).size).toBe(persons.length);
  });
});
