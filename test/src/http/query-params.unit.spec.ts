import { describe, it, expect } from '@jest/globals';
import type { HttpException } from '@nestjs/common';
import { badQuery, wholeNumberParam, type WholeNumberRule } from '../../../src/http/query-params.js';
import { intParam } from '../../../src/use-case-support/lists/query-params.js';

/** The body a refused parameter answers with, or null when it was read. */
function refusal(read: () => number): Record<string, unknown> | null {
  try {
    read();
    return null;
  } catch (error) {
    return (error as HttpException).getResponse() as Record<string, unknown>;
  }
}

describe('one whole-number query parameter rule for every route', () => {
  const audit: WholeNumberRule = { fallback: 100, min: 1, max: 1000 };

  it('reads the value within bounds, and the fallback when absent', () => {
    expect(wholeNumberParam('limit', '250', audit)).toBe(250);
    expect(wholeNumberParam('limit', undefined, audit)).toBe(100);
  });

  it('refuses a value out of bounds with 400 INTEGER_RANGE naming the field, nothing appended', () => {
    expect(refusal(() => wholeNumberParam('limit', '1001', audit))).toMatchObject({
      statusCode: 400, code: 'VALIDATION_FAILED', message: 'limit: must be a whole number from 1 to 1000', details: { field: 'limit', rule: 'INTEGER_RANGE' },
    });
    expect(refusal(() => wholeNumberParam('limit', '-1', audit))).not.toBeNull();
    expect(refusal(() => wholeNumberParam('limit', '1.5', audit))).not.toBeNull();
  });

  it('an empty value is refused by default (audit, access log) and the default on list routes (intParam)', () => {
    expect(refusal(() => wholeNumberParam('limit', '', audit))).toMatchObject({ details: { field: 'limit', rule: 'INTEGER_RANGE' } });
    expect(intParam('limit', '', 50, 1, 500)).toBe(50);
  });

  it('reads up to 15 digits by default and up to 9 on list routes', () => {
    const fifteen = '000000000000042';
    expect(wholeNumberParam('fromRevision', fifteen, { fallback: 0, min: 0, max: Number.MAX_SAFE_INTEGER })).toBe(42);
    expect(refusal(() => wholeNumberParam('fromRevision', `0${fifteen}`, { fallback: 0, min: 0, max: Number.MAX_SAFE_INTEGER }))).not.toBeNull();
    expect(intParam('limit', '000000042', 50, 1, 500)).toBe(42);
    expect(refusal(() => intParam('limit', '0000000042', 50, 1, 500))).not.toBeNull();
  });

  it('without a fallback the parameter is required (calendar workingDays)', () => {
    const workingDays: WholeNumberRule = { min: 1, max: 250, maxDigits: 3 };
    expect(refusal(() => wholeNumberParam('workingDays', undefined, workingDays))).toMatchObject({ message: 'workingDays: must be a whole number from 1 to 250' });
    expect(refusal(() => wholeNumberParam('workingDays', '', workingDays))).not.toBeNull();
    expect(wholeNumberParam('workingDays', '5', workingDays)).toBe(5);
  });

  it('badQuery carries extra details after field and rule (the A31 date range of the calendar)', () => {
    expect(badQuery('from', 'DATE_RANGE', 'must lie between…', { article: 'A31' }).getResponse()).toMatchObject({ details: { field: 'from', rule: 'DATE_RANGE', article: 'A31' } });
  });
});
