/**
 * What the data directory already holds. The demo goes only into a log that is empty or holds
 * nothing but the A13 pilot registrations (the service registers those at its first start).
 */
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { PILOT_DEPARTMENTS, pilotDepartmentSeedCommands } from '../../domain/department/pilot-departments.js';
import { executeDeciderCommand } from '../commands/execute-decider-command.js';
import type { EventStore } from '../event-store/event-store.port.js';

const PILOT_STREAMS = new Set(PILOT_DEPARTMENTS.map((d) => departmentStreamName(d.id)));

/** Events that are not a pilot registration, counted up to `limit` (enough to refuse). */
export async function foreignEventCount(store: EventStore): Promise<number> {
  const first = await store.readAll(0, PILOT_DEPARTMENTS.length + 1);
  return first.filter((event) => !(event.type === 'DepartmentRegistered' && PILOT_STREAMS.has(event.stream))).length;
}

/**
 * A13: registers the pilots that are missing, under the very idempotency keys and fingerprint
 * of the service's PilotDepartmentSeeder, so that neither registers them twice.
 */
export async function registerPilotDepartments(store: EventStore, now: string): Promise<number> {
  let registered = 0;
  for (const command of pilotDepartmentSeedCommands(now)) {
    const key = `seed:pilot-department:${command.departmentId}`;
    const result = await executeDeciderCommand({
      store,
      decider: departmentDecider,
      stream: departmentStreamName(command.departmentId),
      command,
      metadata: { commandId: key, correlationId: 'seed:pilot-departments', causationId: null, actor: { kind: 'system', id: 'seed', department: null } },
      idempotency: { key, fingerprint: 'a13-2017' },
    }).catch((error: { code?: string }) => {
      if (error.code === 'DEPARTMENT_ALREADY_REGISTERED') return null;
      throw error;
    });
    if (result && !result.replayed) registered += 1;
  }
  return registered;
}
