import { describe, expect, it } from '@jest/globals';
import type { Decider } from '../../domain/kernel/decider.js';
import { DomainError } from '../../domain/kernel/domain-error.js';
import { deciderSpec } from './decider-spec.js';

class TooManyError extends DomainError {
  constructor() {
    super('TOO_MANY', 'the counter is full');
  }
}

type Added = { readonly type: 'Added' };
const counter: Decider<{ readonly add: number }, Added, number> = {
  initialState: 0,
  decide: (command, state) => {
    if (state + command.add > 2) throw new TooManyError();
    return Array.from({ length: command.add }, () => ({ type: 'Added' as const }));
  },
  evolve: (state) => state + 1,
};

describe('deciderSpec', () => {
  const spec = deciderSpec(counter);

  it('then: compares the events decided after folding the given ones', () => {
    spec.given([{ type: 'Added' }]).when({ add: 1 }).then([{ type: 'Added' }]);
    expect(() => spec.given([]).when({ add: 1 }).then([])).toThrow();
  });

  it('thenThrows: matches by class or by code', () => {
    spec.given([{ type: 'Added' }, { type: 'Added' }]).when({ add: 1 }).thenThrows(TooManyError);
    spec.given([{ type: 'Added' }, { type: 'Added' }]).when({ add: 1 }).thenThrows('TOO_MANY');
    expect(() => spec.given([]).when({ add: 3 }).thenThrows('OTHER_CODE')).toThrow();
  });

  it('thenThrows: fails when decide produces events instead', () => {
    expect(() => spec.given([]).when({ add: 1 }).thenThrows('TOO_MANY')).toThrow(/expected a refusal/);
  });

  it('thenRefuses: matches code, article, details and message, and answers the refusal', () => {
    const refusal = spec.given([{ type: 'Added' }, { type: 'Added' }]).when({ add: 1 }).thenRefuses({ code: 'TOO_MANY', details: {} });
    expect(refusal).toBeInstanceOf(TooManyError);
    spec.given([{ type: 'Added' }, { type: 'Added' }]).when({ add: 1 }).thenRefuses({ message: expect.stringContaining('the counter is full') });
    expect(() => spec.given([{ type: 'Added' }, { type: 'Added' }]).when({ add: 1 }).thenRefuses({ code: 'OTHER_CODE' })).toThrow();
    expect(() => spec.given([]).when({ add: 1 }).thenRefuses()).toThrow(/expected a refusal/);
  });
});
