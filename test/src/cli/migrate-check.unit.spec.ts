import { describe, it, expect, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { targetMismatch } from '../../../src/cli/migrate-copy.js';
import { ManualClock } from '../../support/clocks.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';
import { thingSchemas } from '../../support/thing-schemas.js';

const clock = ManualClock.at('2026-03-02T09:00:00.000+08:00');

describe('migrate: the target must hold what the source holds before "OK"', () => {
  const dir = tempDir('credit-ledger-migrate-check-');
  afterAll(() => dir.remove());

  async function stores(name: string) {
    const source = new SqliteEventStore({ file: join(dir.path, `${name}-source.sqlite`), schemas: thingSchemas(), clock });
    const target = new SqliteEventStore({ file: join(dir.path, `${name}-target.sqlite`), schemas: thingSchemas(), clock });
    await source.append({ stream: 'subject-1', events: [1, 2, 3].map((n) => ({ type: 'ThingHappened', data: { n } })), expected: 'no_stream', metadata: testMetadata() });
    return { source, target, close: async () => { await source.close(); await target.close(); } };
  }

  it('accepts a target holding exactly the source\'s events', async () => {
    const { source, target, close } = await stores('same');
    try {
      await target.importEvents(await source.readAll(0, 10));
      expect(await targetMismatch(source, target, 3, (await target.verify()).checkedEvents)).toBeNull();
    } finally {
      await close();
    }
  });

  it('refuses when the target\'s verified count falls short (a read that stopped early checked less)', async () => {
    const { source, target, close } = await stores('short');
    try {
      await target.importEvents(await source.readAll(0, 3));
      expect(await targetMismatch(source, target, 3, 2)).toContain('2 event(s), the source 3');
    } finally {
      await close();
    }
  });

  it('refuses when the target\'s last event is not the source\'s event at the copied position', async () => {
    const { source, target, close } = await stores('behind');
    try {
      await target.importEvents(await source.readAll(0, 2));
      expect(await targetMismatch(source, target, 3, 3)).toContain('is not the source\'s event at position 3');
    } finally {
      await close();
    }
  });
});
