import { Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { VIEW_STORE, type ViewStore } from '../view-store/view-store.port.js';
import { ProjectionRunner } from './projection-runner.js';
import { ViewReader } from './view-reader.js';

/** Starts the projection runner with the service and stops it before the stores close. */
@Global()
@Module({
  providers: [
    ViewReader,
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE, VIEW_STORE, APP_CONFIG],
      useFactory: (events: EventStore, views: ViewStore, config: AppConfig) => {
        const logger = new Logger('Projections');
        return new ProjectionRunner(events, views, ALL_PROJECTIONS, { batchSize: config.projectionBatchSize, lagCountLimit: config.readyMaxLag + 1, log: (m) => logger.log(m) });
      },
    },
  ],
  exports: [ProjectionRunner, ViewReader],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }
}
