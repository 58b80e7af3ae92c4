import { describe, expect, it } from '@jest/globals';
import type { Decider } from '../../domain/kernel/decider.js';
import { DomainError } from '../../domain/kernel/domain-error.js';
import { deciderSpec } from './decider-spec.js';

class TooManyError extends DomainError {
  constructor() {
    super('TOO_MANY', 'the counter is full');
  }
}

type Added = { readonly type: 'Added'; readonly data: { readonly nth: number; readonly note: string } };
const added = (nth: number): Added => ({ type: 'Added', data: { nth, note: `added as number ${nth}` } });
const counter: Decider<{ readonly add: number }, Added, number> = {
  initialState: 0,
  decide: (command, state) => {
    if (state + command.add > 2) throw new TooManyError();
    return Array.from({ length: command.add }, (_, i) => added(state + i + 1));
  },
  evolve: (state) => state + 1,
};

describe('deciderSpec', () => {
  const spec = deciderSpec(counter);

  it('then: compares the events decided after folding the given ones', () => {
    spec.given([added(1)]).when({ add: 1 }).then([added(2)]);
    expect(() => spec.given([]).when({ add: 1 }).then([])).toThrow();
  });

  it('thenEmits: each decided event matches its partial (matchers allowed), and the events are answered', () => {
    const events = spec.given([]).when({ add: 2 }).thenEmits([{ data: { nth: 1 } }, { type: 'Added', data: { note: expect.stringContaining('2') } }]);
    expect(events).toEqual([added(1), added(2)]);
  });

  it('thenEmits: fails on a wrong partial, too few or too many partials, and a refusal', () => {
    expect(() => spec.given([]).when({ add: 2 }).thenEmits([{ data: { nth: 1 } }, { data: { nth: 3 } }])).toThrow();
    expect(() => spec.given([]).when({ add: 2 }).thenEmits([{ data: { nth: 1 } }])).toThrow();
    expect(() => spec.given([]).when({ add: 1 }).thenEmits([{}, {}])).toThrow();
    expect(() => spec.given([added(1), added(2)]).when({ add: 1 }).thenEmits([{}])).toThrow(TooManyError);
  });

  it('thenThrows: matches by class or by code', () => {
    spec.given([added(1), added(2)]).when({ add: 1 }).thenThrows(TooManyError);
    spec.given([added(1), added(2)]).when({ add: 1 }).thenThrows('TOO_MANY');
    expect(() => spec.given([]).when({ add: 3 }).thenThrows('OTHER_CODE')).toThrow();
  });

  it('thenThrows: fails when decide produces events instead', () => {
    expect(() => spec.given([]).when({ add: 1 }).thenThrows('TOO_MANY')).toThrow(/expected a refusal/);
  });

  it('thenRefuses: matches code, article, details and message, and answers the refusal', () => {
    const refusal = spec.given([added(1), added(2)]).when({ add: 1 }).thenRefuses({ code: 'TOO_MANY', details: {} });
    expect(refusal).toBeInstanceOf(TooManyError);
    spec.given([added(1), added(2)]).when({ add: 1 }).thenRefuses({ message: expect.stringContaining('the counter is full') });
    expect(() => spec.given([added(1), added(2)]).when({ add: 1 }).thenRefuses({ code: 'OTHER_CODE' })).toThrow();
    expect(() => spec.given([]).when({ add: 1 }).thenRefuses()).toThrow(/expected a refusal/);
  });
});
