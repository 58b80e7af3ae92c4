import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { textProblem } from '../../../../src/http/input/text-rules.js';

const ruleOf = (text: string) => textProblem(text)?.rule;

describe('text rules (issue 10)', () => {
  it.each([
    ['建设工程施工许可告知承诺'], ['第一行\n第二行\r\n\t缩进'], ['Café'], ['emoji 😀 pair'], [''], ['a\u200Bb'],
  ])('accepts ordinary text %p', (text) => {
    expect(textProblem(text)).toBeUndefined();
  });

  it.each([
    ['\u0000', 'TEXT_CONTROL_CHARACTER'], ['\u001b[2J', 'TEXT_CONTROL_CHARACTER'], ['\u0008', 'TEXT_CONTROL_CHARACTER'], ['\u000B', 'TEXT_CONTROL_CHARACTER'],
    ['\u007F', 'TEXT_CONTROL_CHARACTER'], ['\u0080', 'TEXT_CONTROL_CHARACTER'], ['\u009B', 'TEXT_CONTROL_CHARACTER'],
    ['\u202A', 'TEXT_BIDI_OVERRIDE'], ['\u202E', 'TEXT_BIDI_OVERRIDE'], ['\u2066', 'TEXT_BIDI_OVERRIDE'], ['\u2069', 'TEXT_BIDI_OVERRIDE'],
    ['\uD800', 'TEXT_LONE_SURROGATE'], ['\uDFFF', 'TEXT_LONE_SURROGATE'], ['\uDE00\uD83D', 'TEXT_LONE_SURROGATE'],
    [' ', 'TEXT_BLANK'], ['\u3000', 'TEXT_BLANK'], ['\u200B\u200C\u200D', 'TEXT_BLANK'], ['\uFEFF\u2060', 'TEXT_BLANK'], ['\n\t', 'TEXT_BLANK'],
  ])('refuses %p with %s', (text, rule) => {
    expect(ruleOf(`x${text}y`) ?? ruleOf(text)).toBe(rule);
    expect(ruleOf(text)).toBe(rule);
  });

  it('the message names the code point and never echoes the text', () => {
    expect(textProblem('秘密\u001b[31m')?.message).toMatch(/U\+001B at index 2/);
    expect(textProblem('秘密\u001b[31m')?.message).not.toContain('秘密');
  });

  it('property: a text is refused exactly when it holds a forbidden code point or is non-empty and blank', () => {
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;
    const blank = /^[\s\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]+$/u;
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.constantFrom('\u0000', '\u001b', '\u202E', '\uD800', ' ', '\u200B', 'a', '中', '\n'), maxLength: 5 }), (a, b) => {
      const text = a + b;
      expect(textProblem(text) !== undefined).toBe(forbidden.test(text) || (text.length > 0 && blank.test(text)));
    }));
  });
});
