import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../../domain/kernel/domain-error.js';
import { parseHolidayTable } from '../../../../domain/rules/calendar/holiday-table.js';

const valid = {
  year: 2025,
  notice: '国办发明电〔2024〕12号',
  off: ['2025-01-01', '2025-10-01', '2025-10-02'],
  work: ['2025-09-28', '2025-10-11'],
};

function refusal(input: unknown): InvalidInputError {
  try {
    parseHolidayTable(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected a refusal');
}

describe('parseHolidayTable', () => {
  it('accepts a notice and returns it frozen', () => {
    const table = parseHolidayTable(valid);
    expect(table).toEqual(valid);
    expect(Object.isFrozen(table.off)).toBe(true);
  });

  it('accepts dates of the neighbouring year (the 2019 notice starts on 2018-12-30)', () => {
    const table = parseHolidayTable({ year: 2019, notice: 'n', off: ['2018-12-30', '2018-12-31', '2019-01-01'], work: ['2018-12-29'] });
    expect(table.work).toEqual(['2018-12-29']);
  });

  it.each([
    ['not an object', null, 'table', 'HOLIDAY_TABLE_SHAPE'],
    ['an array', [], 'table', 'HOLIDAY_TABLE_SHAPE'],
    ['a year that is not an integer', { ...valid, year: '2025' }, 'year', 'HOLIDAY_TABLE_YEAR'],
    ['no notice number', { ...valid, notice: ' ' }, 'notice', 'HOLIDAY_TABLE_NOTICE'],
    ['off that is not a list', { ...valid, off: '2025-10-01' }, 'off', 'HOLIDAY_TABLE_SHAPE'],
    ['work missing', { year: 2025, notice: 'n', off: [] }, 'work', 'HOLIDAY_TABLE_SHAPE'],
    ['a date that does not exist', { ...valid, off: ['2025-10-01', '2025-02-29'] }, 'off[1]', 'HOLIDAY_TABLE_DATE'],
    ['a date in the wrong shape', { ...valid, off: ['2025-10-1'] }, 'off[0]', 'HOLIDAY_TABLE_DATE'],
    ['a date that is not a string', { ...valid, work: [20250928] }, 'work[0]', 'HOLIDAY_TABLE_DATE'],
    ['a date two years away', { ...valid, off: ['2023-10-01'] }, 'off[0]', 'HOLIDAY_TABLE_DATE_OUT_OF_YEAR'],
    ['a date listed twice', { ...valid, off: ['2025-10-01', '2025-10-01'] }, 'off[1]', 'HOLIDAY_TABLE_DUPLICATE'],
    ['a weekday listed as work (2020-02-03, a Monday)', { ...valid, year: 2020, off: [], work: ['2020-01-19', '2020-02-03'] }, 'work[1]', 'HOLIDAY_TABLE_WORK_NOT_WEEKEND'],
    ['a date both off and work', { ...valid, off: ['2025-01-01', '2025-10-01', '2025-10-11'] }, 'work[1]', 'HOLIDAY_TABLE_OFF_AND_WORK'],
    ['a 2027 table whose dates lie in 2028 (New Year 2027 would be a working day)', { year: 2027, notice: 'n', off: ['2028-01-01', '2028-01-02'], work: ['2028-01-08'] }, 'off[0]', 'HOLIDAY_TABLE_DATE_OUT_OF_YEAR'],
    ['a date of the previous year before its last week', { ...valid, off: ['2024-12-01', '2025-01-01'] }, 'off[0]', 'HOLIDAY_TABLE_DATE_OUT_OF_YEAR'],
    ['a table without New Year\'s Day off', { ...valid, off: ['2025-10-01'] }, 'off', 'HOLIDAY_TABLE_NEW_YEAR_MISSING'],
  ])('docs/domain.md Time: refuses %s, naming the field, the rule and the Time rule', (_case, input, field, rule) => {
    const error = refusal(input);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.field).toBe(field);
    expect(error.details['rule']).toBe(rule);
    expect(error.article).toBe('docs/domain.md Time');
  });
});
