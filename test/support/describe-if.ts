import { describe } from '@jest/globals';

/**
 * `describe` when the condition holds, else jest's skip: a suite that needs a server it does not
 * have is reported as SKIPPED, never as passed. Print why beside the call.
 */
export function describeIf(condition: boolean): typeof describe | typeof describe.skip {
  return condition ? describe : describe.skip;
}
