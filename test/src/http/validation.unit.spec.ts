import { describe, it, expect } from '@jest/globals';
import { INPUT_LIMITS } from '../../../src/http/input/input-limits.js';
import { constraintMessageZh, validationRefusal } from '../../../src/http/validation.js';

describe('Chinese messages for class-validator constraints (bilingual errors)', () => {
  it.each([
    ['isString', '字段 name：必须是字符串'],
    ['isInt', '字段 name：必须是整数'],
    ['isLength', '字段 name：长度不符合要求'],
    ['matches', '字段 name：格式不正确'],
    ['whitelistValidation', '字段 name：不允许的字段'],
    ['isBoolean', '字段 name：必须是布尔值（true 或 false）'],
    ['isNotEmpty', '字段 name：不能为空'],
    ['nestedValidation', '字段 name：嵌套对象不符合要求'],
  ])('%s has a Chinese template', (rule, zh) => {
    expect(constraintMessageZh('name', rule, 'whatever')).toBe(zh);
  });

  it('isIn lists the allowed values taken from the English message', () => {
    expect(constraintMessageZh('breachClass', 'isIn', 'breachClass must be one of the following values: minor, general, serious'))
      .toBe('字段 breachClass：必须是以下值之一：minor, general, serious');
  });

  it('an unknown constraint falls back to 不符合规则', () => {
    expect(constraintMessageZh('uscc', 'someCustomRule', 'x')).toBe('字段 uscc：不符合规则');
  });
});

describe('validation refusal is bounded (issue 10)', () => {
  const problem = (i: number) => ({ field: `k${i}`, rule: 'whitelistValidation', message: `property k${i} should not exist ${'x'.repeat(1_000)}`, messageZh: `字段 k${i}：不允许的字段` });

  it(`lists the first ${INPUT_LIMITS.maxProblemsListed} of 27,000 problems, counts the rest, and caps every message`, () => {
    const body = validationRefusal(Array.from({ length: 27_000 }, (_, i) => problem(i))).getResponse() as { message: string; messageZh: string; details: { problems: { message: string }[]; moreProblems: number } };
    expect(body.details.problems).toHaveLength(INPUT_LIMITS.maxProblemsListed);
    expect(body.details.moreProblems).toBe(27_000 - INPUT_LIMITS.maxProblemsListed);
    expect(body.details.problems.every((p) => p.message.length <= 500)).toBe(true);
    expect(body.message.length).toBeLessThanOrEqual(INPUT_LIMITS.maxSummaryLength + 30);
    expect(body.message).toMatch(/\(and 26980 more\)$/);
    expect(body.messageZh).toMatch(/（另有 26980 项）$/);
    expect(JSON.stringify(body).length).toBeLessThan(20_000);
  });

  it('a few problems are listed whole, without moreProblems', () => {
    const body = validationRefusal([{ field: 'matter', rule: 'isString', message: 'matter must be a string', messageZh: '字段 matter：必须是字符串' }]).getResponse() as { message: string; details: Record<string, unknown> };
    expect(body.message).toBe('matter: matter must be a string');
    expect(body.details.moreProblems).toBeUndefined();
  });
});
