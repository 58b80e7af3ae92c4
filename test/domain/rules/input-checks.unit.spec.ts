import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import {
  requireDate,
  requireDistinctSubset,
  requireInstant,
  requireNotAfterToday,
  requireNotBefore,
  requireOneOf,
  requireText,
} from '../../../domain/rules/input-checks.js';

const NOW = '2026-03-06T09:30:00+08:00';

function refusal(run: () => unknown): { field: string; rule: unknown; article: string | undefined } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const { field, details, article, code } = error as InvalidInputError;
    expect(code).toBe('VALIDATION_FAILED');
    return { field, rule: details.rule, article };
  }
  throw new Error('not refused');
}

describe('shared input checks (agency A15/A20/A26, department A13/A24)', () => {
  it('A20: text is trimmed; an empty or missing text is refused with REQUIRED and the caller\'s article', () => {
    expect(requireText('name', '  昆山诚信评估有限公司 ', 'A20', 'REQUIRED')).toBe('昆山诚信评估有限公司');
    expect(refusal(() => requireText('name', '  ', 'A20', 'REQUIRED'))).toEqual({ field: 'name', rule: 'REQUIRED', article: 'A20' });
    expect(refusal(() => requireText('name', undefined as unknown as string, 'A24', 'REQUIRED'))).toEqual({ field: 'name', rule: 'REQUIRED', article: 'A24' });
  });

  it('A26: a calendar date must exist (2025-02-29 does not)', () => {
    expect(requireDate('from', '2024-02-29', 'A26')).toBe('2024-02-29');
    expect(refusal(() => requireDate('from', '2025-02-29', 'A26'))).toEqual({ field: 'from', rule: 'CALENDAR_DATE', article: 'A26' });
    expect(refusal(() => requireDate('from', '2025-3-1', 'A26')).rule).toBe('CALENDAR_DATE');
  });

  it('docs/domain.md Time: an instant needs an offset', () => {
    expect(requireInstant('now', NOW, 'docs/domain.md Time')).toBe(NOW);
    expect(refusal(() => requireInstant('now', '2026-03-06T09:30:00', 'docs/domain.md Time'))).toEqual({ field: 'now', rule: 'INSTANT', article: 'docs/domain.md Time' });
  });

  it('A20: a fact dated after the Shanghai day of `now` is refused (2026-03-07 on 2026-03-06)', () => {
    expect(requireNotAfterToday('filedOn', '2026-03-06', NOW, 'A20')).toBe('2026-03-06');
    expect(refusal(() => requireNotAfterToday('filedOn', '2026-03-07', NOW, 'A20'))).toEqual({ field: 'filedOn', rule: 'DATE_IN_FUTURE', article: 'A20' });
    // 2026-03-05T17:30Z is already 2026-03-06 in Shanghai.
    expect(requireNotAfterToday('filedOn', '2026-03-06', '2026-03-05T17:30:00Z', 'A20')).toBe('2026-03-06');
    expect(refusal(() => requireNotAfterToday('filedOn', '2026-02-30', NOW, 'A20')).rule).toBe('CALENDAR_DATE');
  });

  it('A26: a date before the earliest allowed is refused with DATE_TOO_EARLY; the same day is accepted', () => {
    expect(requireNotBefore('from', '2020-05-11', '2020-05-11', 'the filing', 'A26')).toBe('2020-05-11');
    expect(refusal(() => requireNotBefore('from', '2020-05-10', '2020-05-11', 'the filing', 'A26'))).toEqual({ field: 'from', rule: 'DATE_TOO_EARLY', article: 'A26' });
  });

  it('A26: a value off the list is refused with ONE_OF', () => {
    expect(requireOneOf('reason', 'voluntary', ['voluntary', 'misconduct'] as const, 'A26')).toBe('voluntary');
    expect(refusal(() => requireOneOf('reason', 'bankrupt', ['voluntary', 'misconduct'] as const, 'A26'))).toEqual({ field: 'reason', rule: 'ONE_OF', article: 'A26' });
  });

  it('A3: a list must be non-empty, without repeats, and only of allowed values', () => {
    const products = ['commitment', 'review', 'report'] as const;
    expect(requireDistinctSubset('products', ['report', 'review'], products, 'A3')).toEqual(['report', 'review']);
    expect(refusal(() => requireDistinctSubset('products', [], products, 'A3'))).toEqual({ field: 'products', rule: 'REQUIRED', article: 'A3' });
    expect(refusal(() => requireDistinctSubset('products', ['review', 'review'], products, 'A3')).rule).toBe('DISTINCT');
    expect(refusal(() => requireDistinctSubset('products', ['rating'], products, 'A3')).rule).toBe('ONE_OF');
  });
});
