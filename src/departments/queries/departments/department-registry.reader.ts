import { Inject, Injectable } from '@nestjs/common';
import { departmentDecider } from '../../../../domain/department/decider.js';
import type { DepartmentEvent } from '../../../../domain/department/events.js';
import { fold } from '../../../../domain/kernel/decider.js';
import { toDomainEvent } from '../../../commands/loaded-state.js';
import type { DepartmentState, RegisteredDepartmentState } from '../../../../domain/department/state.js';
import { streamsOfCategory } from '../../../agencies/queries/agency-registry/catalogue-page.js';
import { EVENT_STORE, type EventStore } from '../../../event-store/event-store.port.js';
import { ProjectionRunner } from '../../../projections/projection-runner.js';
import { VIEW_STORE, MAX_PAGE_SIZE, type ViewStore } from '../../../view-store/view-store.port.js';

/**
 * Every registered department, folded from its stream (A13 pilots, others that joined, A29 user
 * organisations). The list of streams comes from the stream catalogue view.
 */
@Injectable()
export class DepartmentRegistryReader {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  /** Department id → folded state, for every registered department. */
  async all(): Promise<Map<string, RegisteredDepartmentState>> {
    const streams: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await streamsOfCategory(this.runner, this.views, 'department', MAX_PAGE_SIZE, cursor);
      streams.push(...page.streams);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const states = await Promise.all(streams.map((stream) => this.fold(stream)));
    return new Map(states.filter((s): s is RegisteredDepartmentState => s.status === 'registered').map((s) => [s.departmentId, s]));
  }

  private async fold(stream: string): Promise<DepartmentState> {
    return fold(departmentDecider, (await this.events.readStream(stream)).map((stored) => toDomainEvent<DepartmentEvent>(stored)));
  }
}
