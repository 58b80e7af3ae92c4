import { describe, it } from '@jest/globals';

/**
 * `describe` when the condition holds, else jest's skip: a suite that needs a server it does not
 * have is reported as SKIPPED, never as passed. Print why beside the call.
 */
export function describeIf(condition: boolean): typeof describe | typeof describe.skip {
  return condition ? describe : describe.skip;
}

/** `it` when the condition holds, else jest's skip: a test the harness cannot run is SKIPPED, never counted as passed. */
export function itIf(condition: boolean): typeof it | typeof it.skip {
  return condition ? it : it.skip;
}
