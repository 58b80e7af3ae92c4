import { describe, it, expect, afterAll } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/config-error.js';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { EventStoreUnavailable } from '../../../src/event-store/errors.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { createEventStore, createViewStore } from '../../../src/storage/engines.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { ManualClock } from '../../support/clocks.js';
import { tempDir } from '../../support/temp-dir.js';
import { silentServer } from '../event-store/eventstoredb/silent-server.js';

const clock = ManualClock.at('2026-01-05T09:00:00.000+08:00');

describe('storage engine selection', () => {
  const dir = tempDir('credit-ledger-engines-');
  afterAll(() => dir.remove());

  it('opens the embedded SQLite log and views under DATA_DIR by default', async () => {
    const config = loadConfig({ DATA_DIR: dir.path });
    const events = await createEventStore(config, domainEventSchemas(), clock);
    const views = await createViewStore(config);
    try {
      expect(events).toBeInstanceOf(SqliteEventStore);
      expect(views).toBeInstanceOf(SqliteViewStore);
      expect(await events.headPosition()).toBe(0);
      expect(existsSync(join(dir.path, 'events.sqlite'))).toBe(true);
      expect(existsSync(join(dir.path, 'views.sqlite'))).toBe(true);
    } finally {
      await events.close();
      await views.close();
    }
  });

  it('opens SQLite when the engines are named explicitly, even with server URLs configured', async () => {
    const config = loadConfig({ DATA_DIR: dir.path, EVENT_STORE_ENGINE: 'sqlite', VIEW_STORE_ENGINE: 'sqlite',
      EVENTSTORE_URL: 'esdb://127.0.0.1:1?tls=false', MONGODB_URL: 'mongodb://127.0.0.1:1/?replicaSet=rs0' });
    const events = await createEventStore(config, domainEventSchemas(), clock);
    const views = await createViewStore(config);
    try {
      expect(events).toBeInstanceOf(SqliteEventStore);
      expect(views).toBeInstanceOf(SqliteViewStore);
    } finally {
      await events.close();
      await views.close();
    }
  });

  it('refuses a server engine without its URL with a ConfigError naming both variables (a hand-built config too)', async () => {
    const base = loadConfig({ DATA_DIR: dir.path });
    const noEventStoreUrl: AppConfig = { ...base, eventStoreEngine: 'eventstoredb', eventStoreUrl: undefined };
    const noMongoUrl: AppConfig = { ...base, viewStoreEngine: 'mongodb', mongodbUrl: undefined };
    await expect(createEventStore(noEventStoreUrl, domainEventSchemas(), clock)).rejects.toBeInstanceOf(ConfigError);
    await expect(createEventStore(noEventStoreUrl, domainEventSchemas(), clock)).rejects.toMatchObject({ variable: 'EVENTSTORE_URL', message: expect.stringContaining('EVENT_STORE_ENGINE') });
    await expect(createViewStore(noMongoUrl)).rejects.toBeInstanceOf(ConfigError);
    await expect(createViewStore(noMongoUrl)).rejects.toMatchObject({ variable: 'MONGODB_URL', message: expect.stringContaining('VIEW_STORE_ENGINE') });
  });

  it('stops at start with EventStoreUnavailable when EventStoreDB is down (no server here: a closed loopback port)', async () => {
    const config = loadConfig({ DATA_DIR: dir.path, EVENT_STORE_ENGINE: 'eventstoredb', EVENTSTORE_URL: 'esdb://127.0.0.1:1?tls=false&defaultDeadline=500' });
    await expect(createEventStore(config, domainEventSchemas(), clock)).rejects.toBeInstanceOf(EventStoreUnavailable);
  }, 10_000);

  it('stops at start with EventStoreUnavailable when EventStoreDB accepts and never answers (bounded by the deadline)', async () => {
    const server = await silentServer();
    try {
      const config = loadConfig({ DATA_DIR: dir.path, EVENT_STORE_ENGINE: 'eventstoredb', EVENTSTORE_URL: server.url(300) });
      await expect(createEventStore(config, domainEventSchemas(), clock)).rejects.toBeInstanceOf(EventStoreUnavailable);
    } finally {
      await server.close();
    }
  }, 10_000);

  it('passes MONGODB_TRANSACTIONS to the MongoDB view store (false: position-guarded writes)', () => {
    expect(loadConfig({ DATA_DIR: dir.path }).mongodbTransactions).toBe(true);
    expect(loadConfig({ DATA_DIR: dir.path, MONGODB_TRANSACTIONS: 'false' }).mongodbTransactions).toBe(false);
  });
});
