import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { departmentDecider } from '../../../domain/department/decider.js';
import { pilotDepartmentSeedCommands } from '../../../domain/department/pilot-departments.js';
import { executeDeciderCommand } from '../../../src/commands/execute-decider-command.js';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { WrongExpectedRevision } from '../../../src/event-store/errors.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { testMetadata } from '../../support/metadata.js';

describe('load → decide → append with the expected revision', () => {
  let store: SqliteEventStore;
  const register = pilotDepartmentSeedCommands('2026-03-06T09:30:00+08:00')[0]!;
  const run = (overrides: Partial<Parameters<typeof executeDeciderCommand>[0]> = {}) =>
    executeDeciderCommand({ store, decider: departmentDecider, stream: 'department-ks-drc', command: register, metadata: testMetadata(), ...overrides });

  beforeEach(() => {
    store = new SqliteEventStore({ file: ':memory:', schemas: domainEventSchemas() });
  });
  afterEach(async () => store.close());

  it('appends what the decider decides', async () => {
    const result = await run();
    expect(result.events.map((e) => e.type)).toEqual(['DepartmentRegistered']);
    expect(result.revision).toBe(0);
  });

  it('appends nothing when the decider refuses (A13: a department is registered once)', async () => {
    await run();
    await expect(run()).rejects.toMatchObject({ code: 'DEPARTMENT_ALREADY_REGISTERED' });
    expect(await store.headPosition()).toBe(1);
  });

  it('answers a retried idempotency key from the log without deciding again', async () => {
    const idempotency = { key: 'k-1', fingerprint: 'f-1' };
    const first = await run({ idempotency });
    const retry = await run({ idempotency });
    expect(retry).toMatchObject({ replayed: true, position: first.position });
    await expect(run({ idempotency: { key: 'k-1', fingerprint: 'other' } })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('honours a client expected revision (If-Match)', async () => {
    await expect(run({ expectedRevision: 3 })).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect(await store.headPosition()).toBe(0);
  });
});
