/**
 * Given/when/then for deciders: `deciderSpec(decider).given(events).when(command)` then one of
 * `.then(expected)` (exactly these events), `.thenEmits(partials)` (as many events as partials, each matching its
 * partial; the events are answered for more checks), `.thenThrows(ErrorClassOrCode)`, or
 * `.thenRefuses({ code, article, details, message })` (the refusal matches, and is answered for more checks).
 * The given events are folded with `evolve`, then `decide` runs.
 * Shared by every aggregate's specs: keep this API stable.
 */
import { expect } from '@jest/globals';
import { fold, type Decider } from '../../domain/kernel/decider.js';
import type { DomainError } from '../../domain/kernel/domain-error.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ErrorClass = new (...a: any[]) => Error;

type AsymmetricMatcher = ReturnType<typeof expect.anything>;

/** Part of a value, as jest's `toMatchObject` compares it: any property may be left out or be an asymmetric matcher. */
export type DeepPartial<T> =
  | AsymmetricMatcher
  | (T extends readonly (infer U)[] ? readonly DeepPartial<U>[] : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T);

/** What a refusal is expected to match (jest's `toMatchObject`: asymmetric matchers such as `expect.stringContaining` allowed). */
export interface RefusalShape {
  readonly code?: unknown;
  readonly article?: unknown;
  readonly message?: unknown;
  readonly details?: object;
}

export function deciderSpec<C, E, S>(decider: Decider<C, E, S>) {
  return {
    given(events: E[]) {
      return {
        when(command: C) {
          const run = (): readonly E[] => decider.decide(command, fold(decider, events));
          const refusal = (): DomainError => {
            let produced: readonly E[];
            try {
              produced = run();
            } catch (error) {
              return error as DomainError;
            }
            throw new Error(`expected a refusal, but decide produced ${JSON.stringify(produced)}`);
          };
          return {
            then(expected: E[]): void {
              expect(run()).toEqual(expected);
            },
            thenEmits(partials: readonly DeepPartial<E>[]): readonly E[] {
              const produced = run();
              expect(produced).toMatchObject(partials as object[]);
              return produced;
            },
            thenThrows(codeOrClass: string | ErrorClass): void {
              const thrown = refusal();
              if (typeof codeOrClass === 'string') {
                expect((thrown as { code?: unknown }).code).toBe(codeOrClass);
              } else {
                expect(thrown).toBeInstanceOf(codeOrClass);
              }
            },
            thenRefuses(expected: RefusalShape = {}): DomainError {
              const thrown = refusal();
              expect(thrown).toMatchObject(expected);
              return thrown;
            },
          };
        },
      };
    },
  };
}
