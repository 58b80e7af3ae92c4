import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { pilotDepartmentSeedCommands } from '../../domain/department/pilot-departments.js';
import { executeDeciderCommand } from '../commands/execute-decider-command.js';
import type { EventStore } from '../event-store/event-store.port.js';

/**
 * A13: registers the 28 pilot departments that are missing, and answers how many it registered.
 * Each registration carries a fixed idempotency key and fingerprint, so a restart, two instances
 * starting together or the demo seeder (which calls this too) never register one twice.
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
      // Registered by another route already (an operator before this seeder existed, a concurrent start): nothing to do.
      if (error.code === 'DEPARTMENT_ALREADY_REGISTERED' || error.code === 'WRONG_EXPECTED_REVISION') return null;
      throw error;
    });
    if (result && !result.replayed) registered += 1;
  }
  return registered;
}
