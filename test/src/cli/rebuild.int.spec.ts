import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { tempDir } from '../../support/temp-dir.js';
import { runCli, seedDataDir, SUBJECT_ID } from './cli-fixture.js';

/** What the running service would read on its next start: the generation in the meta, and its views. */
async function served(dataDir: string): Promise<{ generation: number; doc: unknown; old: unknown }> {
  const views = new SqliteViewStore(join(dataDir, 'views.sqlite'));
  try {
    const meta = (await views.readMeta('projection:stream-catalogue')) as { generation: number };
    const doc = await views.get(`streams__g${meta.generation}`, `subject-${SUBJECT_ID}`);
    const old = await views.get(`streams__g${meta.generation - 1}`, `subject-${SUBJECT_ID}`).catch(() => 'dropped');
    return { generation: meta.generation, doc, old };
  } finally {
    await views.close();
  }
}

describe('cli rebuild', () => {
  const dir = tempDir('credit-ledger-cli-rebuild-');
  beforeAll(() => seedDataDir(dir.path));
  afterAll(() => dir.remove());

  it('rebuilds every projection blue-green, shows progress on stderr and exits once swapped in', async () => {
    const run = await runCli(dir.path, ['rebuild']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/rebuild stream-catalogue \[#+\] 100% 4\/4 events in \d+:\d\d:\d\d, (…|[\d,]+) events\/s on average; generation 2 swapped in/);
    const after = await served(dir.path);
    expect(after.generation).toBe(2);
    expect(after.doc).toMatchObject({ stream: `subject-${SUBJECT_ID}`, category: 'subject', firstType: 'SubjectRegistered' });
  });

  it('rebuilds one named projection into the next generation and drops the old one', async () => {
    const run = await runCli(dir.path, ['rebuild', 'stream-catalogue']);
    expect(run.code).toBe(0);
    const after = await served(dir.path);
    expect(after.generation).toBe(3);
    expect(after.doc).toMatchObject({ category: 'subject' });
    expect(after.old).toBe('dropped');
  });

  it('refuses while another process (the service) has the views open, and changes nothing', async () => {
    const service = new SqliteViewStore(join(dir.path, 'views.sqlite'));
    try {
      await service.readMeta('projection:stream-catalogue');
      const run = await runCli(dir.path, ['rebuild']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('VIEWS_IN_USE');
      expect(await service.readMeta('projection:stream-catalogue')).toMatchObject({ generation: 3 });
    } finally {
      await service.close();
    }
  });

  it('exits 2 naming the known projections for an unknown one', async () => {
    const run = await runCli(dir.path, ['rebuild', 'no-such-view']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown projection "no-such-view"');
    expect(run.stderr).toContain('stream-catalogue');
  });
});
