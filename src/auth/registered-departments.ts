import { Inject, Injectable } from '@nestjs/common';
import { departmentStreamName } from '../../domain/department/decider.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';

/**
 * A13: is a department in the registry (a pilot seeded at first start, a joiner, a successor after a
 * merger or split)? Read from the log, not a view, so a department registered a moment ago acts at
 * once. No event ever unregisters a department, so a yes is kept for good; a no asks the log again.
 */
@Injectable()
export class RegisteredDepartments {
  private readonly known = new Set<string>();

  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async has(departmentId: string): Promise<boolean> {
    if (this.known.has(departmentId)) return true;
    const [first] = await this.events.readStream(departmentStreamName(departmentId), { toRevision: 0 });
    if (first?.type !== 'DepartmentRegistered') return false;
    this.known.add(departmentId);
    return true;
  }
}
