import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../../src/event-store/canonical-json.js';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';
import { bundleEntry, PROOF_BUNDLE_FORMAT } from '../../src/event-store/ledger/proof-bundle.js';
import { resolveLedgerSigningKey, publishedKeys, type LedgerSigningKey } from '../../src/event-store/ledger/ledger-keys.js';
import { signTreeHead, type SignedTreeHead } from '../../src/event-store/ledger/tree-head.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import type { JsonObject } from '../../src/shared/json.js';
import { ManualClock } from '../support/clocks.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../support/ed25519-keys.js';
import { testMetadata } from '../support/metadata.js';
import { consistencyProof, inclusionPath, leafHash, merkleRoot } from '../support/naive-rfc9162.js';
import { tempDir } from '../support/temp-dir.js';
import { thingSchemas } from '../support/thing-schemas.js';

export const KEY_FROM = '2026-12-01T09:00:00.000+08:00';
export const HEAD_AT = '2026-12-07T10:00:00.000+08:00';
export const OLD_HEAD_AT = '2026-12-07T09:00:00.000+08:00';
export const SUBJECT_A = 'subject-91320583722291823U';
export const SUBJECT_B = 'subject-91320583722291831P';
export const AGENCY = 'agency-ks-credit-1';

/** The appends, in log order: subject A's five events interleaved with other streams'. */
const APPENDS: ReadonlyArray<readonly [string, readonly JsonObject[]]> = [
  [SUBJECT_A, [{ amount: 100, note: 'opened' }, { amount: 250, note: 'café ☕ 地址', tags: ['a', 'b'] }]],
  [SUBJECT_B, [{ amount: 7 }]],
  [AGENCY, [{ name: 'Kunshan credit', nested: { z: 1, a: [true, null, 1.5] } }]],
  [SUBJECT_A, [{ amount: -3, note: 'corrected' }]],
  [SUBJECT_B, [{ amount: 8 }, { amount: 9 }]],
  [SUBJECT_A, [{ amount: 0, note: 'closed' }, { amount: 1e21, note: '"quoted"\n' }]],
  [AGENCY, [{ name: 'renamed' }]],
];

export type BundleEvent = { leafIndex: number; event: Record<string, unknown> & { metadata: Record<string, unknown> }; inclusionProof: string[] };
export interface Bundle {
  format: string;
  head?: SignedTreeHead;
  events: BundleEvent[];
  wholeStreams?: Array<string | { stream: string; lastRevision?: number }>;
  consistency?: Array<{ fromSize: number; fromRootHash: string; toSize: number; proof: string[] }>;
}

/** The seven fields the leaf covers, as the service's bundleEntry picks them and as JSON carries them to the auditor. */
export function exported(event: StoredEvent): BundleEvent['event'] {
  return JSON.parse(JSON.stringify(bundleEntry(event, 0, []).event));
}

export function leafOf(event: StoredEvent): Buffer {
  return leafHash(Buffer.from(canonicalJson(exported(event)), 'utf8'));
}

export interface LedgerFixture {
  readonly dir: string;
  readonly events: readonly StoredEvent[];
  readonly key: LedgerSigningKey;
  readonly keysFile: string;
  readonly head: SignedTreeHead;
  /** A signed head over the first `size` events, with the consistency proof from it to `head`. */
  olderHead(size: number): { head: SignedTreeHead; consistency: NonNullable<Bundle['consistency']>[number] };
  /** A proof bundle of `streams`' events (all of them, claimed whole with their last revision unless `whole` is false) at `head`. */
  bundle(streams: readonly string[], whole?: boolean): Bundle;
  write(name: string, value: unknown): string;
  remove(): void;
}

/** A real SQLite log in a temp dir, read back with readAll, a naive RFC 9162 tree over it and a signed head. */
export async function ledgerFixture(): Promise<LedgerFixture> {
  const dir = tempDir('credit-ledger-verifier-');
  const clock = ManualClock.at('2026-12-02T10:00:00.000+08:00');
  const store = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: thingSchemas(), clock });
  try {
    for (const [stream, datas] of APPENDS) {
      await store.append({ stream, events: datas.map((data) => ({ type: 'ThingHappened', data })), expected: 'any', metadata: testMetadata() });
      clock.advance(60_000);
    }
  } finally {
    await store.close();
  }
  const reader = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: thingSchemas(), clock });
  const events = await reader.readAll(0, 1000);
  await reader.close();
  const leaves = events.map(leafOf);
  const key = resolveLedgerSigningKey({ dataDir: dir.path, configuredPem: fixedKeyPem(RFC8032_SEEDS.test1), now: KEY_FROM });
  const hex = (hashes: readonly Buffer[]) => hashes.map((hash) => hash.toString('hex'));
  const head = signTreeHead({ treeSize: leaves.length, rootHash: merkleRoot(leaves).toString('hex'), timestamp: HEAD_AT }, key);
  const write = (name: string, value: unknown) => {
    const file = join(dir.path, name);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return file;
  };
  return {
    dir: dir.path,
    events,
    key,
    head,
    keysFile: write('keys.json', publishedKeys(dir.path)),
    olderHead: (size) => {
      const older = signTreeHead({ treeSize: size, rootHash: merkleRoot(leaves.slice(0, size)).toString('hex'), timestamp: OLD_HEAD_AT }, key);
      return { head: older, consistency: { fromSize: size, fromRootHash: older.rootHash, toSize: head.treeSize, proof: hex(consistencyProof(size, leaves)) } };
    },
    bundle: (streams, whole = true) => ({
      format: PROOF_BUNDLE_FORMAT,
      head,
      events: events.filter((event) => streams.includes(event.stream)).map((event) => ({
        leafIndex: event.position - 1,
        event: exported(event),
        inclusionProof: hex(inclusionPath(event.position - 1, leaves)),
      })),
      ...(whole ? { wholeStreams: streams.map((stream) => ({ stream, lastRevision: Math.max(...events.filter((event) => event.stream === stream).map((event) => event.revision)) })) } : {}),
    }),
    write,
    remove: dir.remove,
  };
}
