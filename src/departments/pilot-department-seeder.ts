import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { CLOCK, shanghaiIso, type Clock } from '../shared/clock.js';
import { registerPilotDepartments } from './register-pilot-departments.js';

/** A13: the 28 pilot departments are registered at first start (registerPilotDepartments: never twice). */
@Injectable()
export class PilotDepartmentSeeder implements OnApplicationBootstrap {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  async onApplicationBootstrap(): Promise<void> {
    const registered = await registerPilotDepartments(this.events, shanghaiIso(this.clock.nowMs()));
    if (registered > 0) new Logger('Departments').log(`registered ${registered} A13 pilot departments`);
  }
}
