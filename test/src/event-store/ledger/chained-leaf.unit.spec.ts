import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { chainNewEvents } from '../../../../src/event-store/chain-new-events.js';
import { CanonicalEventBody, canonicalMembersOf } from '../../../../src/event-store/canonical-event.js';
import { canonicalJson } from '../../../../src/event-store/canonical-json.js';
import type { AppendRequest, StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { eventHash, GENESIS_HASH } from '../../../../src/event-store/hash-chain.js';
import { eventLeafBytes, leafHashOfChainedBody } from '../../../../src/event-store/ledger/leaf-bytes.js';
import { leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { EventSchemaRegistry } from '../../../../src/event-store/schema-registry.js';
import type { JsonObject } from '../../../../src/shared/json.js';

const schemas = new EventSchemaRegistry().register('ThingHappened', 2);
const START = { firstRevision: 4, firstPosition: 41, prevHash: GENESIS_HASH, recordedAt: '2026-12-07T10:00:00.000+08:00', eventIdFor: (i: number) => `event-${i}` };

/** Every event of the request with the canonical parts its chain hash was made from. */
function chained(request: AppendRequest): Array<{ event: StoredEvent; body: CanonicalEventBody }> {
  const out: Array<{ event: StoredEvent; body: CanonicalEventBody }> = [];
  chainNewEvents(request, schemas, START, (event, body) => out.push({ event, body }));
  return out;
}

const request = (data: JsonObject[], metadata: Partial<AppendRequest['metadata']> = {}, key?: string): AppendRequest => ({
  stream: 'thing-1',
  events: data.map((d) => ({ type: 'ThingHappened', data: d })),
  expected: 'any',
  metadata: { commandId: 'cmd-1', correlationId: 'corr-1', causationId: null, actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' }, ...metadata },
  ...(key ? { idempotency: { key, fingerprint: 'f' } } : {}),
});

/** JSON data as a request body may carry it: nested objects and arrays, unicode, numbers, keys that sort oddly ("10" before "9", "é" after "z"). */
const jsonData = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('10', '9', 'é', 'z', 'hash', 'metadata', '__proto__')), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }) as fc.Arbitrary<JsonObject>;

/**
 * Issue 13: the writer hashes each leaf from the chain hash's canonical parts instead of
 * serialising the event again. The leaf bytes must stay exactly eventLeafBytes — what the offline
 * verifier, the console and the integrity walk recompute from the stored event — or old logs break.
 */
describe('the leaf of an event just chained, from the chain hash\'s canonical parts (issue 13)', () => {
  it('is the leaf of eventLeafBytes of the stored event, and its chain hash is eventHash, for any JSON data and metadata (property)', () => {
    fc.assert(fc.property(
      fc.array(jsonData, { minLength: 1, maxLength: 3 }),
      fc.record({ commandType: fc.option(fc.string(), { nil: undefined }), causationId: fc.option(fc.string(), { nil: null }), user: fc.option(fc.string(), { nil: undefined }) }),
      fc.option(fc.string(), { nil: undefined }),
      (data, { commandType, causationId, user }, key) => {
        const actor = { kind: 'department' as const, id: 'officer-7', department: 'ks-drc', ...(user === undefined ? {} : { user }) };
        for (const { event, body } of chained(request(data, { commandType, causationId, actor }, key))) {
          expect(leafHashOfChainedBody(body, event.metadata.hash)).toEqual(leafHash(eventLeafBytes(event)));
          expect(event.metadata.hash).toBe(eventHash(event));
          // And as read back from the file: the columns are JSON.stringify of data and metadata.
          const readBack = { ...event, data: JSON.parse(JSON.stringify(event.data)), metadata: JSON.parse(JSON.stringify(event.metadata)) } as StoredEvent;
          expect(leafHashOfChainedBody(body, event.metadata.hash)).toEqual(leafHash(eventLeafBytes(readBack)));
        }
      },
    ), { seed: 20261207, numRuns: 300 });
  });

  it('is the leaf of the fixed bytes of ledger-formats.md for a fixed event', () => {
    const [{ event, body }] = chained(request([{ reason: '未按期提交材料', amount: 12.5, commitmentId: 'c-1' }], { commandType: 'RecordBreach' }));
    const bytes = eventLeafBytes(event).toString('utf8');
    expect(bytes).toBe('{"data":{"amount":12.5,"commitmentId":"c-1","reason":"未按期提交材料"},"eventId":"event-0",'
      + '"metadata":{"actor":{"department":"ks-drc","id":"officer-7","kind":"department"},"causationId":null,"commandId":"cmd-1",'
      + `"commandType":"RecordBreach","correlationId":"corr-1","hash":"${event.metadata.hash}","idempotencyKey":null,`
      + `"prevHash":"${GENESIS_HASH}","recordedAt":"2026-12-07T10:00:00.000+08:00"},`
      + '"revision":4,"schemaVersion":2,"stream":"thing-1","type":"ThingHappened"}');
    expect(leafHashOfChainedBody(body, event.metadata.hash)).toEqual(leafHash(Buffer.from(bytes, 'utf8')));
  });

  it('cuts the chain body\'s bytes where any new metadata member goes — first, between, last, into empty metadata — to canonicalJson\'s bytes (property)', () => {
    const text = fc.string({ unit: 'grapheme' }); // multi-byte UTF-8 too: the cut is made in bytes
    const members = fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    fc.assert(fc.property(members.filter((top) => !('metadata' in top)), members, text, fc.jsonValue({ maxDepth: 1 }), (top, metadata, key, value) => {
      fc.pre(!(key in metadata));
      const body = new CanonicalEventBody(canonicalMembersOf(top), canonicalMembersOf(metadata));
      expect(body.json()).toBe(canonicalJson({ ...top, metadata }));
      expect(Buffer.concat(body.bytesWithMetadata(key, canonicalJson(value))).toString('utf8')).toBe(canonicalJson({ ...top, metadata: { ...metadata, [key]: value } }));
    }), { seed: 20261207, numRuns: 500 });
  });
});
