import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { INPUT_LIMITS } from '../../../../src/http/input/input-limits.js';
import { inspectJson } from '../../../../src/http/input/inspect-json.js';

const deep = (depth: number): unknown => {
  let value: unknown = [];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
};

describe('inspectJson: the input limits of a parsed body (issue 10)', () => {
  it('accepts an ordinary command body and leaves it as it was', () => {
    const body = { matter: '建设工程', pledges: { ownCreditStatus: true }, riskNotes: ['a', 'b'], amountFen: 1_500_000_000, reliesOn: null };
    const copy = structuredClone(body);
    expect(inspectJson(body)).toBeUndefined();
    expect(body).toEqual(copy);
  });

  it(`JSON_DEPTH: ${INPUT_LIMITS.maxDepth} levels pass, one more is refused naming the path; 200,000 levels do not overflow the stack`, () => {
    expect(inspectJson({ x: deep(INPUT_LIMITS.maxDepth - 1) })).toBeUndefined();
    expect(inspectJson({ x: deep(INPUT_LIMITS.maxDepth) })).toMatchObject({ field: `x${'[0]'.repeat(INPUT_LIMITS.maxDepth - 1)}`, rule: 'JSON_DEPTH' });
    expect(inspectJson({ x: deep(200_000) })?.rule).toBe('JSON_DEPTH');
  });

  it(`JSON_NODES: ${INPUT_LIMITS.maxNodes} keys and items in all pass, one more is refused`, () => {
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(inspectJson({ a: Array(INPUT_LIMITS.maxNodes - 1).fill(0) })).toBeUndefined();
    expect(inspectJson({ a: Array(INPUT_LIMITS.maxNodes).fill(0) })).toMatchObject({ field: 'a', rule: 'JSON_NODES' });
    expect(inspectJson(keys(INPUT_LIMITS.maxNodes + 1))).toMatchObject({ field: 'body', rule: 'JSON_NODES' });
  });

  it('FINITE_NUMBER, STRING_LENGTH, KEY_LENGTH name the path', () => {
    expect(inspectJson({ a: [{ b: Infinity }] })).toMatchObject({ field: 'a[0].b', rule: 'FINITE_NUMBER' });
    expect(inspectJson({ a: -Infinity })).toMatchObject({ field: 'a', rule: 'FINITE_NUMBER' });
    expect(inspectJson({ a: NaN })).toMatchObject({ field: 'a', rule: 'FINITE_NUMBER' });
    expect(inspectJson({ s: 'x'.repeat(INPUT_LIMITS.maxStringLength + 1) })).toMatchObject({ field: 's', rule: 'STRING_LENGTH' });
    expect(inspectJson({ ['k'.repeat(INPUT_LIMITS.maxKeyLength + 1)]: 1 })?.rule).toBe('KEY_LENGTH');
  });

  it('reports the first problem in document order', () => {
    expect(inspectJson({ a: 'ok', b: '\u0000', c: Infinity })).toMatchObject({ field: 'b', rule: 'TEXT_CONTROL_CHARACTER' });
  });

  it('normalises accepted strings to NFC in place, an own __proto__ key included', () => {
    const body = JSON.parse('{"a":"Cafe\\u0301","b":["e\\u0301"],"__proto__":"e\\u0301"}') as Record<string, unknown>;
    expect(inspectJson(body)).toBeUndefined();
    expect(body.a).toBe('Café');
    expect(body.b).toEqual(['é']);
    expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toBe('é');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
  });

  it('property: any JSON value is either accepted or refused with a field and a known rule, never throws', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 20 }), (value) => {
      const problem = inspectJson({ v: value });
      if (problem) expect(problem.field.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
});
