/**
 * Table tests for malformed input: every required field of a valid command set to null, to
 * undefined and to a value of the wrong type must be refused with a typed DomainError naming its
 * article (VALIDATION_FAILED with the broken rule where the input is malformed as data), never a
 * TypeError. Shared by the subject and agency specs.
 */
import { expect } from '@jest/globals';
import { DomainError } from '../../domain/kernel/domain-error.js';

/** A value of another type than the valid one: a number for a text, a text for an object, a boolean or a number. */
export function wrongTypeFor(valid: unknown): unknown {
  if (typeof valid === 'string') return 42;
  if (typeof valid === 'boolean' || typeof valid === 'number') return 'yes';
  return 'not an object';
}

/** The command with the value at `path` (dot-separated) replaced; the original is left untouched. */
export function withField<C>(command: C, path: string, value: unknown): C {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy = { ...(command as Record<string, unknown>) };
  copy[head] = rest.length === 0 ? value : withField(copy[head], rest.join('.'), value);
  return copy as C;
}

export function valueAt(command: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], command);
}

/** One row per field and bad value: [label, path, bad value]. `nullable` fields are fed only the wrong type. */
export function badValues(valid: unknown, paths: readonly string[], nullable: readonly string[] = []): [string, string, unknown][] {
  return paths.flatMap((path) => {
    const wrong = wrongTypeFor(valueAt(valid, path));
    const values: unknown[] = nullable.includes(path) ? [wrong] : [null, undefined, wrong];
    return values.map((value): [string, string, unknown] => [`${path} = ${JSON.stringify(value) ?? 'undefined'}`, path, value]);
  });
}

/** Runs `decide` and asserts the refusal is a typed DomainError citing an article (and a rule when VALIDATION_FAILED). */
export function expectTypedRefusal(decide: () => unknown): DomainError {
  let thrown: unknown;
  try {
    decide();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  const error = thrown as DomainError;
  expect(error.article).toEqual(expect.any(String));
  if (error.code === 'VALIDATION_FAILED') expect(error.details.rule).toEqual(expect.any(String));
  return error;
}
