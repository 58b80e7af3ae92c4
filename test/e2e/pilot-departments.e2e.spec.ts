import { describe, it, expect } from '@jest/globals';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { ManualClock, TEST_NOW } from '../support/clocks.js';
import { tempDir } from '../support/temp-dir.js';

describe('A13: the 28 pilot departments are seeded at first start', () => {
  it('registers each pilot once, and a restart registers nothing again', async () => {
    const dir = tempDir();
    // Seeding is the same whichever thread writes the log and runs the projections: this thread here.
    const config = loadConfig({ DATA_DIR: dir.path, PROJECTION_THREAD: 'false', SQLITE_WRITER_THREAD: 'false' });
    const clock = ManualClock.at(TEST_NOW);
    const first = await createApp(config, { logger: false, clock });
    await first.init();
    const events = first.get<EventStore>(EVENT_STORE);
    const seeded = await events.readAll(0, 100);
    expect(seeded).toHaveLength(28);
    expect(new Set(seeded.map((e) => e.stream)).size).toBe(28);
    expect(seeded.every((e) => e.type === 'DepartmentRegistered' && e.data.pilot === true)).toBe(true);
    expect(seeded.find((e) => e.stream === 'department-ks-drc')?.data).toMatchObject({ nameZh: '市发改委', participatesFrom: '2017-03-06' });
    expect(seeded[0]!.metadata.actor).toEqual({ kind: 'system', id: 'seed', department: null });
    await first.close();

    const second = await createApp(config, { logger: false, clock });
    await second.init();
    expect(await second.get<EventStore>(EVENT_STORE).headPosition()).toBe(28);
    await second.close();
    dir.remove();
  });
});
