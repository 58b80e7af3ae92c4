import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import type { Response } from 'express';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { CALENDAR } from '../calendar/calendar.module.js';
import { calendarCoverage } from '../calendar/calendar-coverage.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { LEDGER_INTEGRITY, type LedgerIntegrity } from '../event-store/ledger/ledger-integrity.js';
import { ledgerProblemSeen } from '../event-store/ledger/shared-problem.js';
import { ProjectionHost } from '../projections/projection-host.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { StorageHealth } from '../storage/storage-health.js';
import { VIEW_STORE, type ViewStore } from '../view-store/view-store.port.js';
import { isReady } from './readiness.js';

@ApiTags('operators 运维')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(ProjectionHost) private readonly runner: ProjectionHost,
    @Inject(CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(StorageHealth) private readonly storage: StorageHealth,
    @Inject(LEDGER_INTEGRITY) private readonly ledger: LedgerIntegrity,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOperation({ summary: 'Liveness / 存活检查' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  @ApiQueryErrors()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the log answers and every projection is running within READY_MAX_LAG of its head. */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: log head, projection lag, calendar coverage / 就绪检查' })
  @ApiOkResponse({ schema: { example: { status: 'ready', instance: { id: 'app-1:4242', mode: 'shared' }, log: { head: 1137 }, projections: [{ name: 'subject-status', version: 1, generation: 1, state: 'running', checkpoint: 1137, lag: 0, lastError: null, rebuild: null, holder: 'app-1:4242', here: true }], leases: [{ name: 'projection:subject-status', holder: 'app-1:4242', epoch: 3, expiresAtMs: 1796191215000, live: true }], maxLag: 1000, calendar: { coveredYears: [2017, 2026], warnings: [] } } } })
  @ApiResponse({ status: 503, description: 'NOT_READY: a projection failed or lags more than READY_MAX_LAG, or the last write met a storage fault (`storage.problem`: SQLITE_FULL, ENOSPC…; clears once a write succeeds), or the ledger is inconsistent (`ledger`: the reason and first bad position; issue 13) (same body, status not-ready) / 未就绪' })
  @ApiQueryErrors()
  async ready(@Res({ passthrough: true }) response: Response) {
    const head = await this.events.headPosition();
    const projections = await this.runner.status();
    const problem = this.storage.problem;
    // Issue 13: a log that fails its Merkle tree or its last signed head is not served as ready;
    // issue 14: on every instance, as the signer's holder recorded it.
    const ledgerProblem = await ledgerProblemSeen(this.ledger, this.views);
    const ready = problem === null && ledgerProblem === null && isReady(projections, this.config.readyMaxLag);
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ready ? 'ready' : 'not-ready',
      // Issue 14: which instance answers, and who holds each lease (a projection's `holder`, `here`).
      instance: { id: this.config.instanceId, mode: this.config.instances },
      log: { head },
      projections,
      leases: (await this.views.leases()).map((lease) => ({ ...lease, live: lease.expiresAtMs > Date.now() })),
      maxLag: this.config.readyMaxLag,
      calendar: calendarCoverage(this.calendar, this.clock.nowMs()),
      storage: problem === null ? { status: 'ok' } : { status: 'unavailable', problem },
      ledger: ledgerProblem === null ? { status: 'ok' } : { status: 'inconsistent', ...ledgerProblem },
    };
  }
}
