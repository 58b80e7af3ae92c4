import { describe, it, expect } from '@jest/globals';
import { constraintMessageZh } from '../../../src/http/validation.js';

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
