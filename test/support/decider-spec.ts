/**
 * Given/when/then for deciders: `deciderSpec(decider).given(events).when(command).then(expected)`
 * or `.thenThrows(ErrorClassOrCode)`. The given events are folded with `evolve`, then `decide` runs.
 * Shared by every aggregate's specs: keep this API stable.
 */
import { expect } from '@jest/globals';
import { fold, type Decider } from '../../domain/kernel/decider.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ErrorClass = new (...a: any[]) => Error;

export function deciderSpec<C, E, S>(decider: Decider<C, E, S>) {
  return {
    given(events: E[]) {
      return {
        when(command: C) {
          const run = (): readonly E[] => decider.decide(command, fold(decider, events));
          return {
            then(expected: E[]): void {
              expect(run()).toEqual(expected);
            },
            thenThrows(codeOrClass: string | ErrorClass): void {
              let produced: readonly E[] | undefined;
              let thrown: unknown;
              try {
                produced = run();
              } catch (error) {
                thrown = error;
              }
              if (thrown === undefined) {
                throw new Error(`expected a refusal, but decide produced ${JSON.stringify(produced)}`);
              }
              if (typeof codeOrClass === 'string') {
                expect((thrown as { code?: unknown }).code).toBe(codeOrClass);
              } else {
                expect(thrown).toBeInstanceOf(codeOrClass);
              }
            },
          };
        },
      };
    },
  };
}
