import { describe, it, expect } from '@jest/globals';
import type { ClientSession, Db } from 'mongodb';
import { writeCommit } from '../../../../src/view-store/mongodb/commit-writer.js';
import { planCommit } from '../../../../src/view-store/mongodb/mapping/commit-plan.js';

/** A Db that records every write (collection, method, session) instead of sending it. */
function recordingDb(): { db: Db; writes: Array<[string, string, unknown]> } {
  const writes: Array<[string, string, unknown]> = [];
  const collection = (name: string) => {
    const record = (method: string) => async (...args: unknown[]) => {
      const options = args[args.length - 1] as { session?: unknown };
      writes.push([name, method, options.session]);
    };
    return { bulkWrite: record('bulkWrite'), replaceOne: record('replaceOne'), deleteOne: record('deleteOne') };
  };
  return { db: { collection } as unknown as Db, writes };
}

describe('MongoDB commit writer', () => {
  const plan = planCommit({
    changes: [{ collection: 'counts__g1', id: 'all', doc: { n: 5, _position: 5 } }, { collection: 'people__g1', id: 'p04', doc: null }],
    meta: { 'projection:counter': { version: 1, generation: 1 } },
    checkpoint: { name: 'counter@g1', position: 5 },
  });

  it('writes view changes, then metadata, then the checkpoint last (the order a replay without transactions relies on)', async () => {
    const { db, writes } = recordingDb();
    await writeCommit(db, plan);
    expect(writes.map(([name, method]) => `${name}.${method}`)).toEqual([
      'v_counts__g1.bulkWrite',
      'v_people__g1.bulkWrite',
      'view_meta.replaceOne',
      'view_checkpoints.replaceOne',
    ]);
  });

  it('passes the transaction session to every write', async () => {
    const { db, writes } = recordingDb();
    const session = { id: 'session-1' } as unknown as ClientSession;
    await writeCommit(db, plan, session);
    expect(writes.every(([, , used]) => used === session)).toBe(true);
  });
});
