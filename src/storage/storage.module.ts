import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_SCHEMAS, domainEventSchemas } from '../event-store/domain-event-schemas.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import type { EventSchemaRegistry } from '../event-store/schema-registry.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../personal-data/personal-data.port.js';
import { PSEUDONYMIZER, Pseudonymizer } from '../personal-data/pseudonymizer.js';
import { SqlitePersonalDataStore } from '../personal-data/sqlite/sqlite-personal-data-store.js';
import { CLOCK, systemClock, type Clock } from '../shared/clock.js';
import { VIEW_STORE, type ViewStore } from '../view-store/view-store.port.js';
import { createEventStore, createViewStore } from './engines.js';
import { reportingStorageFaults } from './fault-reporting-event-store.js';
import { StorageHealth } from './storage-health.js';

export interface StorageOptions {
  /** The one clock of the app (business time and the store's recordedAt); the wall clock unless a test passes one. */
  readonly clock?: Clock;
}

/** Storage: the event and view stores of the configured engines (embedded SQLite by default) and the personal-data store under DATA_DIR. Import it through forRoot. */
@Global()
@Module({
  providers: [
    { provide: EVENT_SCHEMAS, useFactory: domainEventSchemas },
    { provide: StorageHealth, useFactory: () => new StorageHealth() }, // per app, not per process
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, EVENT_SCHEMAS, CLOCK, StorageHealth],
      // A full or failing disk answers 503 STORAGE_UNAVAILABLE and turns readiness off until a write succeeds (issue 10).
      useFactory: async (config: AppConfig, schemas: EventSchemaRegistry, clock: Clock, health: StorageHealth) =>
        reportingStorageFaults(await createEventStore(config, schemas, clock), health),
    },
    {
      provide: VIEW_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createViewStore(config),
    },
    {
      provide: PERSONAL_DATA_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SqlitePersonalDataStore(join(config.dataDir, 'personal-data.sqlite')),
    },
    {
      provide: PSEUDONYMIZER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => Pseudonymizer.fromConfig(join(config.dataDir, 'keys', 'pseudonym.key'), config.pseudonymKeyHex),
    },
  ],
  exports: [CLOCK, EVENT_SCHEMAS, EVENT_STORE, VIEW_STORE, PERSONAL_DATA_STORE, PSEUDONYMIZER, StorageHealth],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
    @Inject(PERSONAL_DATA_STORE) private readonly personal: PersonalDataStore,
  ) {}

  static forRoot(options: StorageOptions = {}): DynamicModule {
    return { module: StorageModule, providers: [{ provide: CLOCK, useValue: options.clock ?? systemClock }] };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.events.close();
    await this.views.close();
    await this.personal.close();
  }
}
