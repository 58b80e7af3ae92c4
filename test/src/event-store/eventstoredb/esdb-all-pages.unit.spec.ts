/**
 * Issue 14, item 6: a readAll page is plain forward reads of $all (no filtered subscription per
 * page, no quiet timer), keeping our streams' events; the end of $all is a short read, never silence.
 *
 * Against the fault-injecting fake of the client (fake-esdb-client.ts): no EventStoreDB server runs
 * on this machine, so this is the one place a fake stands in for the store.
 */
import { describe, it, expect } from '@jest/globals';
import { EventStoreUnavailable } from '../../../../src/event-store/errors.js';
import { countOursAfter, readOurPage } from '../../../../src/event-store/eventstoredb/esdb-all-pages.js';
import { appendToStream } from '../../../../src/event-store/eventstoredb/esdb-append.js';
import { STREAM, fakeContext } from './fake-append-context.js';
import { testMetadata } from '../../../support/metadata.js';

async function setup() {
  const { esdb, ctx } = fakeContext();
  const write = (n: number) => appendToStream(ctx, { stream: STREAM, expected: 'any', metadata: testMetadata(), events: [{ type: 'ThingHappened', data: { n } }] });
  await write(1);
  esdb.writeOthers('$stats-127.0.0.1:2113', 3);
  await write(2);
  esdb.writeOthers('idempotency-abc', 4);
  await write(3);
  esdb.writeOthers('$stats-127.0.0.1:2113', 2);
  return { esdb, ctx, write };
}

describe('$all pages of our events', () => {
  it('keeps our events only, in $all order, ending at the end of $all with a short read (no subscription opened)', async () => {
    const { esdb, ctx } = await setup();
    const page = await readOurPage(ctx, 0, 10);
    expect(page.map((e) => e.data.n)).toEqual([1, 2, 3]);
    expect(esdb.allReads).toHaveLength(1);
    expect(esdb.subscriptionsOpened).toBe(0);
  });

  it('reads on through chunks full of other streams\' records', async () => {
    const { esdb, ctx } = await setup();
    expect((await readOurPage(ctx, 0, 10, 2)).map((e) => e.data.n)).toEqual([1, 2, 3]);
    expect(esdb.allReads.length).toBeGreaterThan(3);
  });

  it('starts after the position given and stops at the limit', async () => {
    const { ctx } = await setup();
    const [first] = await readOurPage(ctx, 0, 1);
    expect(first!.data.n).toBe(1);
    expect((await readOurPage(ctx, first!.position, 1, 2)).map((e) => e.data.n)).toEqual([2]);
    const all = await readOurPage(ctx, 0, 10);
    expect(await readOurPage(ctx, all.at(-1)!.position, 10)).toEqual([]);
  });

  it('counts our events after a position in events (not bytes), stopping at the bound', async () => {
    const { ctx } = await setup();
    const [first] = await readOurPage(ctx, 0, 1);
    expect(await countOursAfter(ctx, 0, 10)).toBe(3);
    expect(await countOursAfter(ctx, first!.position, 10)).toBe(2);
    expect(await countOursAfter(ctx, 0, 2)).toBe(2);
  });

  it('a server that cannot be reached fails the page with EventStoreUnavailable (never an empty page)', async () => {
    const { esdb, ctx } = await setup();
    esdb.readsDown = true;
    await expect(readOurPage(ctx, 0, 10)).rejects.toBeInstanceOf(EventStoreUnavailable);
  });
});
