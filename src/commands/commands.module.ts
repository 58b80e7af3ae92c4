import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SnapshotKeeper } from './snapshots/snapshot-keeper.js';
import { SNAPSHOT_STORE, type SnapshotStore } from './snapshots/snapshot-store.port.js';
import { createSnapshotStore } from './snapshots/snapshot-stores.js';
import { VIEW_STORE, type ViewStore } from '../view-store/view-store.port.js';
import { AggregateLoader } from './aggregate-loader.js';
import { CommandExecutor } from './command-executor.js';
import { StateCache } from './state-cache.js';

const logger = new Logger('Snapshots');

/** The command path: one loader (state cache, snapshots) and the executor, shared by every module that runs commands. */
@Module({
  providers: [
    { provide: StateCache, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new StateCache(config.stateCacheEvents) },
    { provide: SNAPSHOT_STORE, inject: [APP_CONFIG, VIEW_STORE], useFactory: (config: AppConfig, views: ViewStore) => createSnapshotStore(config, views) },
    {
      provide: SnapshotKeeper,
      inject: [APP_CONFIG, SNAPSHOT_STORE],
      useFactory: (config: AppConfig, store: SnapshotStore | null) =>
        new SnapshotKeeper(store, { every: config.snapshotEvery, onError: (what, stream, error) => logger.warn(`snapshot ${what} of ${stream} skipped: ${String(error)}`) }),
    },
    AggregateLoader,
    CommandExecutor,
  ],
  exports: [AggregateLoader, CommandExecutor],
})
export class CommandsModule implements OnApplicationShutdown {
  constructor(@Inject(SNAPSHOT_STORE) private readonly snapshots: SnapshotStore | null, @Inject(SnapshotKeeper) private readonly keeper: SnapshotKeeper) {}

  async onApplicationShutdown(): Promise<void> {
    await this.keeper.flushed();
    await this.snapshots?.close();
  }
}
