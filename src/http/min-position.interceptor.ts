import { HttpException, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { ProjectionHost } from '../projections/projection-host.js';
import { errorBody } from './error-body.js';
import { headReaching } from './head-reaching.js';

export const MIN_POSITION_WAIT_MS = 2000;

/**
 * Read your own writes: a query sent with `X-Min-Position: <log position>` (from a command's
 * answer) waits, at most 2 s, until the views have applied it; then 503 with the current lag.
 * A position still beyond the log head when the window ends came from no answer: 400 (issue 10).
 * The head itself is waited for within the window: an engine that keeps it in memory (EventStoreDB)
 * learns of another instance's write a little later (issue 14 review; head-reaching.ts).
 */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(
    @Inject(ProjectionHost) private readonly runner: ProjectionHost,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const header = context.switchToHttp().getRequest<Request>().header('x-min-position');
    if (header === undefined) return next.handle();
    if (!/^\d{1,15}$/.test(header))
      throw new HttpException(errorBody(400, 'VALIDATION_FAILED', 'X-Min-Position: must be a log position (a whole number)', { field: 'X-Min-Position', rule: 'POSITION' }), 400);
    const position = Number(header);
    return from(this.caughtUp(position, header)).pipe(switchMap(async (caughtUp) => {
      if (!caughtUp) {
        const lag = (await this.runner.status()).map((p) => ({ projection: p.name, checkpoint: p.checkpoint, lag: p.lag }));
        throw new HttpException(errorBody(503, 'VIEWS_LAGGING', `the views have not reached position ${header} within ${MIN_POSITION_WAIT_MS} ms`, { minPosition: Number(header), lag }), 503);
      }
      return next.handle();
    }), switchMap((inner) => inner));
  }

  private async caughtUp(position: number, header: string): Promise<boolean> {
    const head = await headReaching(this.store, position);
    if (position > head)
      throw new HttpException(errorBody(400, 'VALIDATION_FAILED', `X-Min-Position: ${header} is beyond the log head (${head})`, { field: 'X-Min-Position', rule: 'POSITION_AHEAD_OF_LOG', head }), 400);
    return this.runner.waitFor(position, MIN_POSITION_WAIT_MS);
  }
}
