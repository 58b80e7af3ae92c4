/** Malformed and semi-valid inputs for the OpenAPI fuzz test (issue 10, "Tests that attack"). Generators only. */
import fc from 'fast-check';

type Json = unknown;
type Schema = { $ref?: string; type?: string; example?: Json; enum?: Json[]; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[]; nullable?: boolean };
export type Components = Record<string, Schema>;

/** Texts that broke services before: controls, ANSI, bidi, lone surrogates, zero-width, very long, odd numbers as text. */
const NASTY_TEXT = [
  '', ' ', '\u0000', '\u001b[31mred\u001b[0m', '\u202Eexe.txt', '\uD800', '\uDFFFx', '\u200B\u200D\uFEFF', 'Cafe\u0301', '..', '../..', '%00', '%2e%2e%2f',
  '1e309', 'NaN', 'Infinity', '-0', '9'.repeat(400), '0x1F', '2026-02-30', '0000-01-01', '9999-12-31', '2026-03-02T25:00:00Z', 'null', 'undefined', '__proto__',
  'x'.repeat(25_000), '字'.repeat(3_000), '😀'.repeat(10), "'; DROP TABLE events; --", '{"a":1}', '<script>alert(1)</script>', '\r\n\t',
];

export const nastyText = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

/** A JSON-ish value of any kind, non-finite numbers and deep nesting included (JSON.stringify turns them into null / deep text). */
export const anyValue = (): fc.Arbitrary<Json> =>
  fc.oneof(
    nastyText(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([]),
    fc.constantFrom(-1, 0, 1e300, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 53)),
    fc.jsonValue({ maxDepth: 3 }),
    fc.constant(Array.from({ length: 1_100 }, (_, i) => i)),
  );

/** An example body built from the OpenAPI schema's examples: a valid-shaped starting point. */
export function exampleOf(schema: Schema | undefined, components: Components, depth = 0): Json {
  if (schema === undefined || depth > 6) return {};
  if (schema.$ref) return exampleOf(components[schema.$ref.split('/').pop()!], components, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.allOf?.[0]) return exampleOf(schema.allOf[0], components, depth + 1);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === 'array') return schema.items ? [exampleOf(schema.items, components, depth + 1)] : [];
  if (schema.type === 'object' || schema.properties)
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, property]) => [key, exampleOf(property, components, depth + 1)]));
  return schema.type === 'string' ? 'x' : schema.type === 'boolean' ? true : schema.type === 'integer' || schema.type === 'number' ? 1 : null;
}

/** Every path into a JSON value: ['a'], ['a', 'b'], ['list', 0]. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value as Record<string, Json>);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
}

const MISSING = Symbol('missing');

/** Well-typed values at the edges of the rules (dates out of any window, extreme months and amounts, a USCC with letters as division code). */
const PLAUSIBLE: Json[] = [
  '2026-03-02', '2026-02-29', '2024-02-29', '0000-01-01', '1900-01-01', '9999-12-31', '2026-03-02T09:00:00+08:00', 0, 1, 36, 37, 1e15, Number.MAX_SAFE_INTEGER,
  '91ABCDEF7222918238', '91320583722291823U', 'ks-housing', 'ks-nonexistent', 'serious', 'minor', 'breach', 'department', 'subject', 'AAA', 'D', 'C-', [], ['x'], true, false,
];

function withMutation(body: Json, path: (string | number)[], replacement: Json | typeof MISSING): Json {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === MISSING) delete holder[last];
  else holder[last] = replacement;
  return copy;
}

/** The valid-shaped example with one field removed, nulled, emptied or replaced by a wrong or hostile value. */
export function mutatedExample(example: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(example);
  if (paths.length === 0) return fc.constant(example);
  const replacement: fc.Arbitrary<Json | typeof MISSING> = fc.oneof(fc.constant(MISSING), fc.constant(null), fc.constant({}), fc.constant([]), anyValue(), fc.constantFrom(...PLAUSIBLE));
  return fc.tuple(fc.constantFrom(...paths), replacement).map(([path, value]) => withMutation(example, path, value));
}

const deep = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;

/** Raw request bodies, sent as text with content-type application/json. */
export const RAW_BODIES = [
  '1e309', '{"matter":"x","zz":1e309}', '{"a":-1e400}', `{"x":${deep(2000)}}`, `{"x":${deep(20)}}`, `${deep(3000, '{"a":', '}').replace(/\}+$/, '')}1${'}'.repeat(3000)}`,
  '{', '', 'null', '"x"', '[]', '[{}]', 'true', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}',
  `{${Array.from({ length: 27_000 }, (_, i) => `"${i.toString(36)}":1`).join(',')}}`, '{"a":"\\u0000"}', '{"a":"\\ud800"}', '{"a":NaN}', '{"a":1,"a":2}',
  `{"s":"${'x'.repeat(300_000)}"}`, '\u0000', '{"kind":"organisation","uscc":"91ABCDEF7222918238","name":"x"}',
];

/** One body: raw text, random JSON, the example, or the example with one field mutated. */
export function bodyFor(example: Json): fc.Arbitrary<{ raw: string } | { json: Json }> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })) },
    { weight: 2, arbitrary: fc.oneof(fc.object({ maxDepth: 3 }), fc.dictionary(nastyText(), anyValue(), { maxKeys: 5 })).map((json) => ({ json })) },
    { weight: 1, arbitrary: fc.constant({ json: example }) },
    { weight: 5, arbitrary: mutatedExample(example).map((json) => ({ json })) },
  );
}

/** Header values a client could send (Node refuses CR, LF, NUL and chars above U+00FF on the wire, so those are left out). */
const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 30 });
const utf8AsLatin1 = fc.string({ unit: 'grapheme', maxLength: 10 }).map((text) => Buffer.from(text, 'utf8').toString('latin1'));

/** Each header is sent now and then (a bad one is refused before the body is looked at, so most calls carry none). */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { freq: 5, nil: undefined });

export const headersArb = (head: () => number): fc.Arbitrary<Record<string, string>> =>
  fc.record({
    'Idempotency-Key': sometimes(fc.oneof(fc.constantFrom('fuzz-key-0001', 'fuzz-key-0002', 'short', 'x'.repeat(200), 'bad key!'), latin1)),
    'If-Match': sometimes(fc.oneof(fc.constantFrom('0', '"1"', 'W/"2"', '*', '-1', '999999999999999', '9999999999999999999', '"abc"', '1e3'), latin1)),
    'X-Min-Position': sometimes(fc.oneof(fc.constantFrom('0', '-1', 'abc', '1e3', '999999999999999', '99999999999999999999', ' 1'), fc.nat({ max: 2_000 }).map(String), fc.constant('head').map(() => String(head())))),
    'X-Purpose': sometimes(fc.oneof(latin1, utf8AsLatin1, fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent), fc.constantFrom('%00', '%E2%80%AE', '%ED%A0%80', '%', 'audit', '%E8%A1'))),
  }).map((headers) => Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined)));

/** Path parameter values: a known id (so some calls reach the handlers) or a hostile one; sent percent-encoded. */
export const pathParam = (known: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...known) }, { weight: 2, arbitrary: nastyText().filter((s) => s.length > 0) }, { weight: 1, arbitrary: fc.constantFrom('..', '.', 'x'.repeat(5_000), `${known[0]}.${'0'.repeat(36)}`) });

/** Query parameters: the operation's own names and an unknown one, with hostile values, sometimes repeated (an array). */
export const queryArb = (names: readonly string[]): fc.Arbitrary<Record<string, string | string[]>> =>
  fc.dictionary(fc.constantFrom(...names, 'unknown', '__proto__', 'limit'), fc.oneof(
    nastyText(), fc.constantFrom('10', '0', '-1', '1001', '2026-03-02', '2026-03-02T09:00:00+08:00', 'true', 'false', 'breaches', 'credit-report'), fc.array(nastyText(), { minLength: 2, maxLength: 3 }),
  ), { maxKeys: 3 });
