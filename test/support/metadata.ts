import type { CommandMetadata } from '../../src/event-store/event-store.port.js';

let counter = 0;

/** Deterministic command metadata for store-level tests. */
export function testMetadata(overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  counter += 1;
  return {
    commandId: `cmd-${counter}`,
    correlationId: `corr-${counter}`,
    causationId: null,
    actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' },
    commandType: 'TestCommand',
    ...overrides,
  };
}
