import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventHash, type HashInput } from '../../src/event-store/hash-chain.js';
import { parseSigningKey } from '../../src/event-store/ledger/ledger-keys.js';
import { signTreeHead } from '../../src/event-store/ledger/tree-head.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../support/ed25519-keys.js';
import { AGENCY, ledgerFixture, SUBJECT_A, SUBJECT_B, type Bundle, type LedgerFixture } from './ledger-fixture.js';
import { runVerifier, VERIFIER } from './verifier-module.js';

/** Issue 13: the offline verifier, run as an auditor runs it (`node verifier/verify-ledger.mjs`), on bundles over a real SQLite log. */
describe('offline verifier: node verifier/verify-ledger.mjs --keys --bundle [--head]', () => {
  let ledger: LedgerFixture;
  beforeAll(async () => {
    ledger = await ledgerFixture();
  });
  afterAll(() => ledger.remove());

  const verify = (bundle: unknown, extra: readonly string[] = []) => runVerifier(['--keys', ledger.keysFile, '--bundle', ledger.write('bundle.json', bundle), ...extra]);
  const subjectA = () => ledger.bundle([SUBJECT_A]);
  const firstBad = (bundle: Bundle, at: number) => {
    const entry = bundle.events[at]!;
    return `first bad event: stream=${entry.event.stream} revision=${entry.event.revision} leafIndex=${entry.leafIndex}`;
  };

  it('a subject\'s whole history with its proofs at a signed head: exit 0, VERIFIED, one line per check', async () => {
    const run = await verify(subjectA());
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('head: signature OK');
    expect(run.stdout).toContain('leaves and inclusion proofs: 5/5 events lead to the head\'s root');
    expect(run.stdout).toContain('stream chains: 1 stream(s), every hash and prevHash link OK');
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`VERIFIED: 5 event(s) of 1 stream(s) are in the signed log of size ${ledger.events.length}`);
  });

  it('a copy of the file alone, in a folder holding nothing else, verifies: it needs neither the repository nor a package', async () => {
    const alone = join(ledger.dir, 'auditor');
    mkdirSync(alone);
    copyFileSync(VERIFIER, join(alone, 'verify-ledger.mjs'));
    const run = await runVerifier(['--keys', ledger.keysFile, '--bundle', ledger.write('bundle.json', subjectA())], join(alone, 'verify-ledger.mjs'), alone);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('VERIFIED: 5 event(s)');
  });

  it('every stream of the log in one bundle verifies', async () => {
    const run = await verify(ledger.bundle([SUBJECT_A, SUBJECT_B, AGENCY]));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`VERIFIED: ${ledger.events.length} event(s) of 3 stream(s)`);
  });

  it('a part of a stream not claimed whole: the missing revisions are reported as such, not as a failure', async () => {
    const bundle = ledger.bundle([SUBJECT_A], false);
    bundle.events.splice(1, 2);
    const run = await verify(bundle);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`not in the bundle (not claimed whole, so not a failure): ${SUBJECT_A} revisions 1–2`);
  });

  it('a changed data byte: exit 1, hash-mismatch, naming the event', async () => {
    const bundle = subjectA();
    (bundle.events[1]!.event.data as { amount: number }).amount = 251;
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: hash-mismatch');
    expect(run.stdout).toContain(firstBad(bundle, 1));
  });

  it('a changed metadata field (the actor): exit 1 naming the event', async () => {
    const bundle = subjectA();
    bundle.events[2]!.event.metadata.actor = { kind: 'operator', id: 'someone-else', department: null };
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: hash-mismatch');
    expect(run.stdout).toContain(firstBad(bundle, 2));
  });

  it('an event deleted inside a stream the bundle claims whole: exit 1, revision-gap, naming the stream, the missing revision and the next event', async () => {
    const bundle = subjectA();
    bundle.events.splice(2, 1);
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`NOT VERIFIED: revision-gap: revision 2 of ${SUBJECT_A} missing before revision 3`);
    expect(run.stdout).toContain(firstBad(bundle, 2));
  });

  it('a whole stream claimed by name only: an event deleted inside it is still a revision-gap', async () => {
    const bundle = { ...subjectA(), wholeStreams: [SUBJECT_A] };
    bundle.events.splice(1, 1);
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`NOT VERIFIED: revision-gap: revision 1 of ${SUBJECT_A} missing before revision 2`);
  });

  it('the newest event of a stream deleted from a bundle that claims the stream up to its lastRevision: exit 1, the missing revision named', async () => {
    const bundle = subjectA();
    bundle.events.pop();
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`NOT VERIFIED: revision-gap: revision 4 of ${SUBJECT_A} missing after revision 3`);
    expect(run.stdout).toContain(`first bad event: stream=${SUBJECT_A} revision=4 leafIndex=null`);
  });

  it('a re-hashed stream (an edit, then the chain recomputed): the chain passes, the inclusion proof fails at the edited event', async () => {
    const bundle = subjectA();
    (bundle.events[1]!.event.data as { note: string }).note = 'rewritten';
    let prevHash = bundle.events[0]!.event.metadata.hash as string;
    for (const entry of bundle.events.slice(1)) {
      entry.event.metadata.prevHash = prevHash;
      entry.event.metadata.hash = prevHash = eventHash(entry.event as unknown as HashInput);
    }
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('stream chains: 1 stream(s), every hash and prevHash link OK');
    expect(run.stdout).toContain('NOT VERIFIED: inclusion-proof-fails');
    expect(run.stdout).toContain(firstBad(bundle, 1));
  });

  it('a wrong leafIndex: exit 1, inclusion-proof-fails at that leafIndex', async () => {
    const bundle = subjectA();
    bundle.events[2]!.leafIndex += 1;
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: inclusion-proof-fails');
    expect(run.stdout).toContain(firstBad(bundle, 2));
  });

  it('a truncated inclusion proof: exit 1 naming the event', async () => {
    const bundle = subjectA();
    bundle.events[3]!.inclusionProof.pop();
    const run = await verify(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: inclusion-proof-fails');
    expect(run.stdout).toContain(firstBad(bundle, 3));
  });

  it('a head signed by a key that is not published: exit 1, the keyId named', async () => {
    const stranger = parseSigningKey(fixedKeyPem(RFC8032_SEEDS.test3), 'stranger');
    const { keyId: _old, signature: _sig, ...body } = ledger.head;
    const run = await verify({ ...subjectA(), head: signTreeHead(body, stranger) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`NOT VERIFIED: head: no published key has the head's keyId ${stranger.keyId}`);
  });

  it('a head signed by another key under the published keyId: exit 1, the signature fails', async () => {
    const stranger = parseSigningKey(fixedKeyPem(RFC8032_SEEDS.test3), 'stranger');
    const { keyId: _old, signature: _sig, ...body } = ledger.head;
    const run = await verify({ ...subjectA(), head: signTreeHead(body, { keyId: ledger.key.keyId, privateKey: stranger.privateKey }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: head: the head\'s signature does not verify');
  });

  it('a head with a changed rootHash: exit 1, the signature fails', async () => {
    const bundle = subjectA();
    const run = await verify({ ...bundle, head: { ...bundle.head!, rootHash: 'ab'.repeat(32) } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: head: the head\'s signature does not verify');
  });

  it('a consistency proof from an older head verifies, and --head with that older head is proven extended', async () => {
    const { head: older, consistency } = ledger.olderHead(5);
    const bundle = { ...subjectA(), consistency: [consistency] };
    const run = await verify(bundle, ['--head', ledger.write('old-head.json', older)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('given head: signature OK, size 5, extended by the bundle\'s head if its consistency proof holds (below)');
    expect(run.stdout).toContain('consistency: 1/1 proof(s) from older heads OK');
  });

  it('an older head whose log was rewritten after it: the consistency proof fails, exit 1', async () => {
    const { consistency } = ledger.olderHead(5);
    const run = await verify({ ...subjectA(), consistency: [{ ...consistency, fromRootHash: 'cd'.repeat(32) }] });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: consistency proof #1: the log of size 5');
  });

  it('a given head of the same size with another root (a re-signed rewrite): exit 1', async () => {
    const { keyId: _id, signature: _sig, ...body } = ledger.head;
    const rewritten = signTreeHead({ ...body, rootHash: 'ef'.repeat(32) }, ledger.key);
    const run = await verify(subjectA(), ['--head', ledger.write('rewritten-head.json', rewritten)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`NOT VERIFIED: given head: same tree size ${ledger.head.treeSize} as the bundle's head but another root: the log was rewritten`);
  });

  it('a given head with no consistency proof to the bundle\'s head: exit 1', async () => {
    const run = await verify(subjectA(), ['--head', ledger.write('old-head.json', ledger.olderHead(6).head)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT VERIFIED: given head: no consistency proof from the given head (size 6)');
  });

  it.each([
    ['no --bundle', (keys: string) => ['--keys', keys]],
    ['an unknown option', (keys: string) => ['--keys', keys, '--bundle', keys, '--fast']],
    ['a bundle file that does not exist', (keys: string) => ['--keys', keys, '--bundle', '/nonexistent/bundle.json']],
  ])('bad arguments (%s): exit 2 with the usage', async (_case, args) => {
    const run = await runVerifier(args(ledger.keysFile));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: node verify-ledger.mjs');
  });

  it.each([
    ['not JSON', '{"format": '],
    ['not a proof bundle', { format: 'something-else/1', events: [] }],
  ])('an unreadable bundle (%s): exit 2', async (_case, content) => {
    const run = await verify(content);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
