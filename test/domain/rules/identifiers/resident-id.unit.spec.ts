import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../../domain/kernel/domain-error.js';
import { checkResidentId, isMinorOn, residentIdCheckDigit } from '../../../../domain/rules/identifiers/resident-id.js';

const VALID = ['11010519491231002X', '44011320141005001X', '360426199101010071'];

function refusal(fn: () => unknown): InvalidInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return e as InvalidInputError;
  }
  throw new Error('not refused');
}

const ruleOf = (fn: () => unknown): unknown => refusal(fn).details.rule;

/** An id with the given first 17 digits and a matching check digit. */
const withCheckDigit = (first17: string): string => first17 + residentIdCheckDigit(first17);

describe('resident identity number, GB 11643-1999 (A28 personal information)', () => {
  it.each(VALID)('A28: %s is valid', (id) => {
    const check = checkResidentId(id);
    expect(check.id).toBe(id);
    expect(check.divisionCode).toBe(id.slice(0, 6));
    expect(check.birthDate).toBe(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
  });

  it('A28: a lower-case x is normalised to X', () => {
    expect(checkResidentId('11010519491231002x')).toEqual({ id: '11010519491231002X', birthDate: '1949-12-31', divisionCode: '110105' });
  });

  it.each(VALID)('A28: every single-character corruption of %s is refused by the check digit', (id) => {
    const rules = new Set<unknown>();
    let count = 0;
    for (let i = 0; i < 18; i++) {
      for (const ch of i === 17 ? '0123456789X' : '0123456789') {
        if (ch === id[i]) continue;
        count++;
        rules.add(ruleOf(() => checkResidentId(id.slice(0, i) + ch + id.slice(i + 1))));
      }
    }
    expect(count).toBe(17 * 9 + 10);
    expect([...rules]).toEqual(['RESIDENT_ID_CHECK_DIGIT']);
  });

  it.each(['19990230', '20230229', '19991301', '19990100', '19990431'])(
    'A28: birth date %s does not exist: refused even with a matching check digit',
    (birth) => {
      expect(ruleOf(() => checkResidentId(withCheckDigit(`320583${birth}123`)))).toBe('RESIDENT_ID_BIRTH_DATE');
    },
  );

  describe('the birth date must be real: not after today, not before 1900-01-01 (GB 11643-1999, decision)', () => {
    const bornOn20260305 = withCheckDigit('32058320260305123');

    it('GB 11643-1999: a birth date after the given today is refused with RESIDENT_ID_BIRTH_DATE', () => {
      expect(ruleOf(() => checkResidentId(bornOn20260305, 'identityNumber', '2026-03-04'))).toBe('RESIDENT_ID_BIRTH_DATE');
    });

    it('GB 11643-1999: a person born today is accepted', () => {
      expect(checkResidentId(bornOn20260305, 'identityNumber', '2026-03-05').birthDate).toBe('2026-03-05');
    });

    it('GB 11643-1999: without today only the calendar is checked (the caller did not say what today is)', () => {
      expect(checkResidentId(bornOn20260305).birthDate).toBe('2026-03-05');
    });

    it('GB 11643-1999: a birth date before 1900-01-01 is refused with RESIDENT_ID_BIRTH_DATE; 1900-01-01 itself is accepted', () => {
      expect(ruleOf(() => checkResidentId(withCheckDigit('32058318991231123')))).toBe('RESIDENT_ID_BIRTH_DATE');
      expect(checkResidentId(withCheckDigit('32058319000101123')).birthDate).toBe('1900-01-01');
    });

    it('GB 11643-1999: the refusal never repeats the birth date', () => {
      const err = refusal(() => checkResidentId(bornOn20260305, 'identityNumber', '2026-03-04'));
      expect(err.message).not.toContain('2026-03-05');
      expect(err.message).not.toContain('20260305');
    });

    it('a today that is not a calendar date is refused with CALENDAR_DATE', () => {
      expect(ruleOf(() => checkResidentId(bornOn20260305, 'identityNumber', '2026-02-30'))).toBe('CALENDAR_DATE');
    });
  });

  it('GB 11643-1999: every refusal cites the standard', () => {
    expect(refusal(() => checkResidentId('11010519491231003X')).article).toBe('GB 11643-1999');
  });

  it('A28: 29 February of a leap year is a real birth date', () => {
    expect(checkResidentId(withCheckDigit('32058320000229123')).birthDate).toBe('2000-02-29');
  });

  it('A28: the 15-digit legacy form is refused with its own rule', () => {
    expect(ruleOf(() => checkResidentId('110105491231002'))).toBe('RESIDENT_ID_LEGACY_15');
  });

  it.each(['', '11010519491231002', '11010519491231002XX', '1101054912310'])('A28: %p has the wrong length', (id) => {
    expect(ruleOf(() => checkResidentId(id))).toBe('RESIDENT_ID_LENGTH');
  });

  it.each(['1101051949123100X2', '11010519491231002Y', '11010519A91231002X'])('A28: %p has a character out of place', (id) => {
    expect(ruleOf(() => checkResidentId(id))).toBe('RESIDENT_ID_CHARSET');
  });

  it('A28: a refusal never repeats the identity number', () => {
    const id = '11010519491231003X';
    const err = refusal(() => checkResidentId(id, 'holder'));
    expect(err.field).toBe('holder');
    expect(err.message).not.toContain(id);
    expect(JSON.stringify(err.details)).not.toContain(id);
  });

  describe('isMinorOn (A28: minors are never published)', () => {
    const born = checkResidentId(withCheckDigit('32058320070615123')); // 2007-06-15

    it('A28: a person born 2007-06-15 is a minor on 2025-06-14', () => {
      expect(isMinorOn(born, '2025-06-14')).toBe(true);
    });

    it('A28: a person born 2007-06-15 is still treated as a minor on the 18th birthday, 2025-06-15', () => {
      expect(isMinorOn(born, '2025-06-15')).toBe(true);
    });

    it('A28: a person born 2007-06-15 is an adult from 2025-06-16', () => {
      expect(isMinorOn(born, '2025-06-16')).toBe(false);
      expect(isMinorOn(born, '2030-01-01')).toBe(false);
    });

    it('A28: a person born 2008-02-29 is a minor through 2026-02-28 and an adult on 2026-03-01', () => {
      const leap = checkResidentId(withCheckDigit('32058320080229123'));
      expect(isMinorOn(leap, '2026-02-28')).toBe(true);
      expect(isMinorOn(leap, '2026-03-01')).toBe(false);
    });

    it('A28: a date that is not a calendar date is refused', () => {
      expect(ruleOf(() => isMinorOn(born, '2025-02-30'))).toBe('CALENDAR_DATE');
    });
  });
});
