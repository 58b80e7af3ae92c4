import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { pilotDepartmentSeedCommands } from '../../domain/department/pilot-departments.js';
import { executeDeciderCommand } from '../commands/execute-decider-command.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { CLOCK, shanghaiIso, type Clock } from '../shared/clock.js';

/**
 * A13: the 28 pilot departments are registered at first start. Each registration carries a fixed
 * idempotency key, so a restart (or two instances starting together) registers nothing twice.
 */
@Injectable()
export class PilotDepartmentSeeder implements OnApplicationBootstrap {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  async onApplicationBootstrap(): Promise<void> {
    const now = shanghaiIso(this.clock.nowMs());
    let registered = 0;
    for (const command of pilotDepartmentSeedCommands(now)) {
      const key = `seed:pilot-department:${command.departmentId}`;
      const result = await executeDeciderCommand({
        store: this.events,
        decider: departmentDecider,
        stream: departmentStreamName(command.departmentId),
        command,
        metadata: { commandId: key, correlationId: 'seed:pilot-departments', causationId: null, actor: { kind: 'system', id: 'seed', department: null } },
        idempotency: { key, fingerprint: 'a13-2017' },
      }).catch((error: { code?: string }) => {
        // Registered by another route already (e.g. an operator before this seeder existed): nothing to do.
        if (error.code === 'DEPARTMENT_ALREADY_REGISTERED' || error.code === 'WRONG_EXPECTED_REVISION') return null;
        throw error;
      });
      if (result && !result.replayed) registered += 1;
    }
    if (registered > 0) new Logger('Departments').log(`registered ${registered} A13 pilot departments`);
  }
}
