import { Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { VIEW_STORE, type ViewStore } from '../view-store/view-store.port.js';
import { leaseOptionsFor } from './lease-options.js';
import { ProjectionHost } from './projection-host.js';
import { ProjectionRunner } from './projection-runner.js';
import { ThreadedProjections } from './thread/threaded-projections.js';
import { ViewReader } from './view-reader.js';

/** Starts the projection runner with the service and stops it before the stores close. */
@Global()
@Module({
  providers: [
    ViewReader,
    {
      provide: ProjectionHost,
      inject: [EVENT_STORE, VIEW_STORE, APP_CONFIG],
      useFactory: (events: EventStore, views: ViewStore, config: AppConfig): ProjectionHost => {
        const logger = new Logger('Projections');
        if (config.projectionThread) return new ThreadedProjections(config, events, (m) => logger.log(m), views);
        return new ProjectionRunner(events, views, ALL_PROJECTIONS, { batchSize: config.projectionBatchSize, lagCountLimit: config.readyMaxLag + 1, log: (m) => logger.log(m), leases: leaseOptionsFor(config) });
      },
    },
  ],
  exports: [ProjectionHost, ViewReader],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(ProjectionHost) private readonly runner: ProjectionHost) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }
}
