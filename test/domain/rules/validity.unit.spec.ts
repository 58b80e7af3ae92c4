import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import { daysUntilExpiry, isValidAt, oneYearValidity } from '../../../domain/rules/validity.js';

describe('oneYearValidity', () => {
  it('A14/A19: issued 2024-02-29 → valid through 2025-02-28', () => {
    expect(oneYearValidity('2024-02-29')).toEqual({
      issuedOn: '2024-02-29',
      validThrough: '2025-02-28',
      expiresAt: '2025-02-28T23:59:59.999+08:00',
    });
  });

  it.each([
    ['2025-01-31', '2026-01-31'],
    ['2024-03-31', '2025-03-31'],
    ['2023-02-28', '2024-02-28'],
    ['2024-02-28', '2025-02-28'],
    ['2025-12-31', '2026-12-31'],
    ['2025-06-30', '2026-06-30'],
  ])('A14/A19: month ends — issued %s → valid through %s', (issued, through) => {
    expect(oneYearValidity(issued).validThrough).toBe(through);
  });

  it('A14/A19: an issue instant is read as its Shanghai date (2025-03-05T17:30Z → issued 2025-03-06)', () => {
    expect(oneYearValidity('2025-03-05T17:30:00Z')).toEqual({
      issuedOn: '2025-03-06',
      validThrough: '2026-03-06',
      expiresAt: '2026-03-06T23:59:59.999+08:00',
    });
  });

  it('A14/A19: a holiday does not extend validity (issued 2024-10-01 → ends with 2025-10-01, a holiday)', () => {
    const validity = oneYearValidity('2024-10-01');
    expect(validity.validThrough).toBe('2025-10-01');
    expect(isValidAt(validity, '2025-10-02T08:00:00+08:00')).toBe(false);
  });

  it('A14/A19: refuses an issue date that does not exist, citing both articles', () => {
    const refusal = expect.objectContaining({ field: 'issuedAt', details: expect.objectContaining({ rule: 'DATE_OR_INSTANT' }), article: 'A14, A19' });
    expect(() => oneYearValidity('2025-02-29')).toThrow(InvalidInputError);
    expect(() => oneYearValidity('2025-02-29')).toThrow(refusal);
    expect(() => oneYearValidity('2025-03-05T10:00:00')).toThrow(refusal);
  });
});

describe('isValidAt', () => {
  const validity = oneYearValidity('2024-02-29');

  it.each([
    ['2024-02-28T23:59:59.999+08:00', false],
    ['2024-02-28T16:00:00Z', true], // 2024-02-29 00:00 in Shanghai
    ['2024-02-29T00:00:00.000+08:00', true],
    ['2024-10-01T12:00:00+08:00', true],
    ['2025-02-28T23:59:59.999+08:00', true],
    ['2025-02-28T15:59:59.999Z', true],
    ['2025-03-01T00:00:00.000+08:00', false],
    ['2025-02-28T16:00:00Z', false], // 2025-03-01 00:00 in Shanghai
  ])('A14/A19: at %s valid = %s (just before/after the issue day and expiresAt)', (at, expected) => {
    expect(isValidAt(validity, at)).toBe(expected);
  });

  it('docs/domain.md Time: refuses a date where an instant is required', () => {
    expect(() => isValidAt(validity, '2025-02-28')).toThrow(
      expect.objectContaining({ field: 'at', details: expect.objectContaining({ rule: 'INSTANT' }), article: 'docs/domain.md Time' }),
    );
  });
});

describe('daysUntilExpiry', () => {
  const validity = oneYearValidity('2024-02-29');

  it.each([
    ['2024-02-29T09:00:00+08:00', 365],
    ['2025-02-27T09:00:00+08:00', 1],
    ['2025-02-28T23:59:59.999+08:00', 0],
    ['2025-02-27T16:30:00Z', 0], // already 2025-02-28 in Shanghai
    ['2025-03-01T00:00:00+08:00', -1],
    ['2025-03-31T09:00:00+08:00', -31],
  ])('A14/A19: at %s → %i days', (at, days) => {
    expect(daysUntilExpiry(validity, at)).toBe(days);
  });
});
