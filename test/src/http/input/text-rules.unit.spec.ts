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
    ['\u200E', 'TEXT_BIDI_OVERRIDE'], ['\u200F', 'TEXT_BIDI_OVERRIDE'], ['\u061C', 'TEXT_BIDI_OVERRIDE'],
    ['\uFFFE', 'TEXT_CONTROL_CHARACTER'], ['\uFFFF', 'TEXT_CONTROL_CHARACTER'], ['\uFDD0', 'TEXT_CONTROL_CHARACTER'], ['\u{E0041}', 'TEXT_CONTROL_CHARACTER'], ['\u{10FFFF}', 'TEXT_CONTROL_CHARACTER'], ['\u{5FFFE}', 'TEXT_CONTROL_CHARACTER'],
    ['\u3164\u3164', 'TEXT_BLANK'], ['\u115F', 'TEXT_BLANK'], ['\u2800', 'TEXT_BLANK'], ['\uFFA0 ', 'TEXT_BLANK'],
  ])('refuses %p with %s', (text, rule) => {
    expect(ruleOf(`x${text}y`) ?? ruleOf(text)).toBe(rule);
    expect(ruleOf(text)).toBe(rule);
  });

  it('the message names the code point and never echoes the text', () => {
    expect(textProblem('秘密\u001b[31m')?.message).toMatch(/U\+001B at index 2/);
    expect(textProblem('秘密\u001b[31m')?.message).not.toContain('秘密');
  });

  it('property: a text is refused exactly when it holds a forbidden code point or is non-empty and blank', () => {
    // The oracle, by code point rather than by the implementation's regular expressions.
    const between = (cp: number, low: number, high: number) => cp >= low && cp <= high;
    const forbiddenCp = (cp: number) =>
      (cp <= 0x1f && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || between(cp, 0x7f, 0x9f) || between(cp, 0xfdd0, 0xfdef) || (cp & 0xfffe) === 0xfffe
      || between(cp, 0xe0000, 0xe007f) || cp === 0x061c || cp === 0x200e || cp === 0x200f || between(cp, 0x202a, 0x202e) || between(cp, 0x2066, 0x2069)
      || between(cp, 0xd800, 0xdfff);
    const invisible = new Set([0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]);
    const blankCp = (cp: number) => /\s/u.test(String.fromCodePoint(cp)) || invisible.has(cp);
    const units = fc.constantFrom('\u0000', '\u001b', '\u202E', '\u200F', '\uD800', '\uFFFF', '\u{E0041}', ' ', '\u200B', '\u3164', 'a', '中', '\n');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: units, maxLength: 5 }), (a, b) => {
      const text = a + b;
      const points = [...text].map((ch) => ch.codePointAt(0)!);
      expect(textProblem(text) !== undefined).toBe(points.some(forbiddenCp) || (points.length > 0 && points.every(blankCp)));
    }));
  });
});
