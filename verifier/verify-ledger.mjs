#!/usr/bin/env node
// The credit ledger's offline verifier (issue 13). Node's standard library only, one file, no
// import from the service: an auditor can read all of it and run it without the service.
//
//   node verify-ledger.mjs --keys keys.json --bundle bundle.json [--head head.json]
//
// Exit codes: 0 verified; 1 not verified (the reason and the first bad event on stdout);
// 2 bad arguments or unreadable input. See README.md beside this file for the formats.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const BUNDLE_FORMAT = 'credit-ledger-proof-bundle/1';
export const TREE_HEAD_TAG = 'credit-ledger-tree-head/1';
/** prevHash of a stream's first event (the per-stream chain). */
export const GENESIS_HASH = '0'.repeat(64);
const HEX64 = /^[0-9a-f]{64}$/;
const HEX32 = /^[0-9a-f]{32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Input the verifier cannot work with (exit 2), as opposed to a proof that fails (exit 1). */
export class InputError extends Error {}

// ---------------------------------------------------------------- canonical JSON and hashes

/**
 * Canonical JSON: object keys sorted at every level, no whitespace, undefined members dropped,
 * numbers and strings as JSON.stringify writes them. The same function as the service's
 * src/event-store/canonical-json.ts (a test compares them on random values).
 */
export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite number in event');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
  return `{${entries.join(',')}}`;
}

const sha256 = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** The event's fields that the leaf and the chain cover, nothing else (no position, no tree field). */
function coveredFields(event, metadata) {
  const { eventId, stream, revision, type, schemaVersion, data } = event;
  return { eventId, stream, revision, type, schemaVersion, data, metadata };
}

/** Leaf bytes: UTF-8 of the canonical JSON of the event with its stored metadata (prevHash and hash included). */
export function leafBytes(event) {
  return Buffer.from(canonicalJson(coveredFields(event, event.metadata)), 'utf8');
}

/** RFC 9162 §2.1.1: leaf hash = SHA-256(0x00 ‖ leaf bytes). */
export function leafHash(bytes) {
  return sha256(Buffer.from([0x00]), bytes);
}

/** RFC 9162 §2.1.1: node hash = SHA-256(0x01 ‖ left ‖ right). */
function nodeHash(left, right) {
  return sha256(Buffer.from([0x01]), left, right);
}

/** The per-stream chain: SHA-256 hex of the canonical JSON of the event with its metadata minus `hash`. */
export function chainHash(event) {
  const { hash: _hash, ...metadata } = event.metadata;
  return sha256(Buffer.from(canonicalJson(coveredFields(event, metadata)), 'utf8')).toString('hex');
}

// ---------------------------------------------------------------- RFC 9162 proofs

const isOdd = (n) => n % 2 === 1;
const half = (n) => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2: does `proof` lead from the leaf hash at `leafIndex` to `rootHash` of a tree of `treeSize`? */
export function verifyInclusion(leafIndex, treeSize, hash, proof, rootHash) {
  if (leafIndex >= treeSize) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = hash;
  for (const hex of proof) {
    const p = Buffer.from(hex, 'hex');
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.toString('hex') === rootHash;
}

/** Exact for every safe integer (Math.log2 rounds just below 2^53). */
function isPowerOfTwo(n) {
  let m = n;
  while (m > 1 && m % 2 === 0) m /= 2;
  return m === 1;
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree (firstSize, firstRoot) is a prefix of (secondSize, secondRoot)? */
export function verifyConsistency(firstSize, secondSize, firstRoot, secondRoot, proof) {
  if (firstSize > secondSize) return false;
  if (firstSize === secondSize) return proof.length === 0 && firstRoot === secondRoot;
  if (firstSize === 0) return proof.length === 0 && firstRoot === sha256().toString('hex');
  if (proof.length === 0) return false;
  const path = proof.map((hex) => Buffer.from(hex, 'hex'));
  if (isPowerOfTwo(firstSize)) path.unshift(Buffer.from(firstRoot, 'hex'));
  let fn = firstSize - 1;
  let sn = secondSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr.toString('hex') === firstRoot && sr.toString('hex') === secondRoot && sn === 0;
}

// ---------------------------------------------------------------- signed heads and keys

/** Why `head` is not a well-formed signed head, or null. */
function headProblem(head) {
  if (head === null || typeof head !== 'object' || Array.isArray(head)) return 'the head is not a JSON object';
  const { treeSize, rootHash, timestamp, keyId, signature } = head;
  if (!Number.isSafeInteger(treeSize) || treeSize < 0) return 'treeSize must be a non-negative integer';
  if (typeof rootHash !== 'string' || !HEX64.test(rootHash)) return 'rootHash must be 64 lower-case hex digits';
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return 'timestamp must be an ISO instant';
  if (typeof keyId !== 'string' || !HEX32.test(keyId)) return 'keyId must be 32 lower-case hex digits';
  if (typeof signature !== 'string' || !BASE64.test(signature)) return 'signature must be base64';
  return null;
}

/** keyId: the first 16 bytes of SHA-256 of the public key's SPKI DER, hex. */
export function keyIdOf(publicKeyPem) {
  return sha256(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' })).subarray(0, 16).toString('hex');
}

/**
 * The published key list `{ keys: [{ keyId, algorithm, publicKeyPem, from, until }] }`, or one
 * public key PEM (then no validity window is checked).
 */
export function parseKeys(text) {
  if (text.trimStart().startsWith('-----BEGIN')) {
    try {
      return [{ keyId: keyIdOf(text), algorithm: 'Ed25519', publicKeyPem: text, from: null, until: null }];
    } catch {
      throw new InputError('the keys file is a PEM but not a public key');
    }
  }
  const list = parseJson(text, 'the keys file');
  if (list === null || typeof list !== 'object' || !Array.isArray(list.keys)) throw new InputError('the keys file must be { "keys": [...] } or a public key PEM');
  return list.keys;
}

/** The head's signature against the listed key with its keyId, within that key's from/until. */
export function verifyHead(head, keys) {
  const problem = headProblem(head);
  if (problem !== null) return { ok: false, reason: `malformed head: ${problem}` };
  const key = keys.find((candidate) => candidate && candidate.keyId === head.keyId);
  if (key === undefined) return { ok: false, reason: `no published key has the head's keyId ${head.keyId}` };
  let actualId;
  try {
    actualId = keyIdOf(key.publicKeyPem);
  } catch {
    return { ok: false, reason: `the published key ${key.keyId} is not a readable public key PEM` };
  }
  if (key.algorithm !== 'Ed25519' || actualId !== key.keyId) return { ok: false, reason: `the published key listed as ${key.keyId} is not an Ed25519 key with that keyId` };
  const at = Date.parse(head.timestamp);
  const from = key.from == null ? Number.NEGATIVE_INFINITY : Date.parse(key.from);
  const until = key.until == null ? Number.POSITIVE_INFINITY : Date.parse(key.until);
  // A validity that does not parse covers nothing (a NaN comparison would let every head through).
  if (!(at >= from && at <= until)) {
    return { ok: false, reason: `the head's timestamp ${head.timestamp} is outside key ${key.keyId}'s validity (${key.from} to ${key.until ?? 'now'})` };
  }
  const bytes = Buffer.from([TREE_HEAD_TAG, `${head.treeSize}`, head.rootHash, head.timestamp, head.keyId].join('\n'), 'utf8');
  if (!verify(null, bytes, createPublicKey(key.publicKeyPem), Buffer.from(head.signature, 'base64'))) {
    return { ok: false, reason: `the head's signature does not verify under key ${key.keyId}` };
  }
  return { ok: true, key };
}

// ---------------------------------------------------------------- the bundle

/** Why an entry of `events` is not well formed, or null. */
function entryProblem(entry, treeSize) {
  if (entry === null || typeof entry !== 'object') return 'the entry is not an object';
  const { leafIndex, event, inclusionProof } = entry;
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0) return 'leafIndex must be a non-negative integer';
  if (leafIndex >= treeSize) return `leafIndex ${leafIndex} is not inside the head's tree of size ${treeSize}`;
  if (event === null || typeof event !== 'object') return 'event must be an object';
  if (typeof event.stream !== 'string' || !Number.isSafeInteger(event.revision) || event.revision < 0) return 'event.stream and event.revision are required';
  if (event.metadata === null || typeof event.metadata !== 'object') return 'event.metadata must be an object';
  if (typeof event.metadata.hash !== 'string' || typeof event.metadata.prevHash !== 'string') return 'event.metadata must hold prevHash and hash';
  if (!Array.isArray(inclusionProof) || !inclusionProof.every((hex) => typeof hex === 'string' && HEX64.test(hex))) return 'inclusionProof must be an array of 64-hex hashes';
  return null;
}

const describeEvent = (entry) => {
  const event = entry && typeof entry === 'object' ? entry.event : undefined;
  return {
    stream: event && typeof event === 'object' ? event.stream ?? null : null,
    revision: event && typeof event === 'object' ? event.revision ?? null : null,
    leafIndex: entry && typeof entry === 'object' ? entry.leafIndex ?? null : null,
  };
};

/** Each event on its own: well formed, its chain hash, its leaf and inclusion proof to the head's root. */
function checkEvents(entries, head, failures) {
  let included = 0;
  const seenLeaves = new Map();
  for (const entry of entries) {
    const fail = (reason, check = 'inclusion') => failures.push({ ...describeEvent(entry), reason, check });
    const problem = entryProblem(entry, head.treeSize);
    if (problem !== null) {
      fail(`malformed entry: ${problem}`);
      continue;
    }
    const { event, leafIndex, inclusionProof } = entry;
    const other = seenLeaves.get(leafIndex);
    if (other !== undefined) fail(`leafIndex ${leafIndex} is also claimed by ${other}`);
    seenLeaves.set(leafIndex, `${event.stream} revision ${event.revision}`);
    let bytes;
    try {
      if (chainHash(event) !== event.metadata.hash) fail('hash-mismatch: the event\'s metadata.hash is not the hash of its content (data, metadata or identity changed)', 'chain');
      bytes = leafBytes(event);
    } catch (error) {
      fail(`the event cannot be put in canonical form: ${error.message}`);
      continue;
    }
    if (verifyInclusion(leafIndex, head.treeSize, leafHash(bytes), inclusionProof, head.rootHash)) included += 1;
    else fail(`inclusion-proof-fails: the leaf at leafIndex ${leafIndex} and its proof do not lead to the head's root (the event, its leafIndex or its proof differs from the signed log)`);
  }
  return included;
}

const revisionRange = (from, to) => (from === to ? `revision ${from}` : `revisions ${from}–${to}`);

/** The per-stream chain inside the bundle: prevHash links, log order, gaps (a failure only where the bundle claims the whole stream). */
function checkStreams(entries, wholeStreams, failures) {
  const byStream = new Map();
  for (const entry of entries) {
    if (entryProblem(entry, Infinity) !== null) continue;
    const list = byStream.get(entry.event.stream) ?? [];
    list.push(entry);
    byStream.set(entry.event.stream, list);
  }
  const gaps = [];
  for (const stream of wholeStreams.keys()) {
    if (!byStream.has(stream)) failures.push({ stream, revision: 0, leafIndex: null, check: 'chain', reason: `the bundle claims the whole of stream ${stream} but holds none of its events` });
  }
  for (const [stream, list] of byStream) {
    const whole = wholeStreams.has(stream);
    list.sort((a, b) => a.event.revision - b.event.revision);
    let previous = null;
    for (const entry of list) {
      const { event } = entry;
      const fail = (reason) => failures.push({ ...describeEvent(entry), reason, check: 'chain' });
      const expected = previous === null ? 0 : previous.event.revision + 1;
      if (previous !== null && event.revision === previous.event.revision) {
        fail(`revision ${event.revision} of ${stream} appears twice in the bundle`);
        continue;
      }
      if (event.revision > expected) {
        const missing = revisionRange(expected, event.revision - 1);
        if (whole) fail(`revision-gap: ${missing} of ${stream} missing before revision ${event.revision}, in a bundle that claims the whole stream`);
        else gaps.push(`${stream} ${missing}`);
      } else if (event.revision === 0 && event.metadata.prevHash !== GENESIS_HASH) {
        fail('prev-hash-mismatch: revision 0 must have the genesis prevHash (64 zeros)');
      } else if (previous !== null && event.metadata.prevHash !== previous.event.metadata.hash) {
        fail(`prev-hash-mismatch: prevHash is not the hash of revision ${previous.event.revision}`);
      }
      if (previous !== null && entry.leafIndex <= previous.leafIndex) {
        fail(`log-order: leafIndex ${entry.leafIndex} is not after revision ${previous.event.revision}'s leafIndex ${previous.leafIndex}`);
      }
      previous = entry;
    }
    const lastRevision = wholeStreams.get(stream);
    if (lastRevision != null && previous.event.revision < lastRevision) {
      failures.push({ stream, revision: previous.event.revision + 1, leafIndex: null, check: 'chain',
        reason: `revision-gap: ${revisionRange(previous.event.revision + 1, lastRevision)} of ${stream} missing after revision ${previous.event.revision}, in a bundle that claims the whole stream up to revision ${lastRevision}` });
    } else if (lastRevision != null && previous.event.revision > lastRevision) {
      failures.push({ ...describeEvent(previous), check: 'chain', reason: `revision ${previous.event.revision} of ${stream} is past the lastRevision ${lastRevision} the bundle claims` });
    }
  }
  return { streams: byStream.size, gaps };
}

/** Consistency proofs: the head's log extends each older (fromSize, fromRootHash). */
function checkConsistency(proofs, head, failures) {
  let good = 0;
  for (const [at, entry] of proofs.entries()) {
    const where = `consistency proof #${at + 1}`;
    const fail = (reason) => failures.push({ stream: null, revision: null, leafIndex: null, reason: `${where}: ${reason}` });
    if (entry === null || typeof entry !== 'object' || !Number.isSafeInteger(entry.fromSize) || entry.fromSize < 0
      || typeof entry.fromRootHash !== 'string' || !HEX64.test(entry.fromRootHash)
      || !Array.isArray(entry.proof) || !entry.proof.every((hex) => typeof hex === 'string' && HEX64.test(hex))) {
      fail('malformed (fromSize, fromRootHash, toSize and proof are required)');
    } else if (entry.toSize !== head.treeSize) {
      fail(`toSize ${entry.toSize} is not the head's treeSize ${head.treeSize}`);
    } else if (!verifyConsistency(entry.fromSize, entry.toSize, entry.fromRootHash, head.rootHash, entry.proof)) {
      fail(`the log of size ${entry.fromSize} with root ${entry.fromRootHash} is not a prefix of the head's log (something was removed or rewritten)`);
    } else {
      good += 1;
    }
  }
  return good;
}

/** A head the auditor holds apart from the bundle (e.g. archived by the credit office): the bundle's head must extend it. */
function checkGivenHead(given, head, proofs, failures) {
  const fail = (reason) => failures.push({ stream: null, revision: null, leafIndex: null, reason: `given head: ${reason}` });
  if (given.treeSize === head.treeSize) {
    if (given.rootHash === head.rootHash) return 'equals the bundle\'s head';
    fail(`same tree size ${head.treeSize} as the bundle's head but another root: the log was rewritten`);
    return 'another root at the same size';
  }
  if (given.treeSize > head.treeSize) {
    fail(`the bundle's head (size ${head.treeSize}) is older than the given head (size ${given.treeSize}): ask for proofs to the given head`);
    return 'newer than the bundle\'s head';
  }
  const proof = proofs.find((entry) => entry && entry.fromSize === given.treeSize && entry.fromRootHash === given.rootHash);
  if (proof !== undefined) return `size ${given.treeSize}, extended by the bundle's head if its consistency proof holds (below)`;
  fail(`no consistency proof from the given head (size ${given.treeSize}) in the bundle`);
  return `size ${given.treeSize}, no consistency proof from it`;
}

/**
 * Checks a parsed bundle against the published keys (and an optional head held apart). Returns
 * `{ ok, lines, reason, firstBad }`: one summary line per check, and when not verified the reason and
 * the first bad event (lowest leafIndex) with its stream, revision and leafIndex.
 */
export function verifyBundle(bundle, keys, givenHead = undefined) {
  if (bundle === null || typeof bundle !== 'object' || bundle.format !== BUNDLE_FORMAT) throw new InputError(`the bundle's format must be "${BUNDLE_FORMAT}"`);
  if (!Array.isArray(bundle.events)) throw new InputError('the bundle must hold an "events" array');
  const head = bundle.head ?? givenHead;
  if (head === undefined) throw new InputError('no head: the bundle holds none and no --head was given');
  const lines = [];
  const failures = [];
  const verdict = verifyHead(head, keys);
  if (!verdict.ok) {
    lines.push('head: NOT OK — nothing else is checked against a head that does not verify');
    return finish(lines, [{ stream: null, revision: null, leafIndex: null, reason: `head: ${verdict.reason}` }]);
  }
  lines.push(`head: signature OK — tree size ${head.treeSize}, root ${head.rootHash}, ${head.timestamp}, key ${head.keyId} (valid ${verdict.key.from ?? '–'} to ${verdict.key.until ?? 'now'})`);
  const proofs = bundle.consistency ?? [];
  if (!Array.isArray(proofs)) throw new InputError('"consistency", when present, must be an array');
  if (givenHead !== undefined && bundle.head !== undefined) {
    const given = verifyHead(givenHead, keys);
    if (!given.ok) return finish(lines, [{ stream: null, revision: null, leafIndex: null, reason: `given head: ${given.reason}` }]);
    lines.push(`given head: signature OK, ${checkGivenHead(givenHead, head, proofs, failures)}`);
  }
  const wholeStreams = claimedWhole(bundle.wholeStreams);
  const included = checkEvents(bundle.events, head, failures);
  lines.push(`leaves and inclusion proofs: ${included}/${bundle.events.length} events lead to the head's root`);
  const { streams, gaps } = checkStreams(bundle.events, wholeStreams, failures);
  const chainFailures = failures.filter((failure) => failure.check === 'chain').length;
  lines.push(`stream chains: ${streams} stream(s), ${chainFailures === 0 ? 'every hash and prevHash link OK' : `${chainFailures} problem(s)`}`
    + `${gaps.length === 0 ? '' : `; not in the bundle (not claimed whole, so not a failure): ${gaps.join(', ')}`}`);
  const consistent = checkConsistency(proofs, head, failures);
  lines.push(proofs.length === 0 ? 'consistency: no proof in the bundle' : `consistency: ${consistent}/${proofs.length} proof(s) from older heads OK`);
  return finish(lines, failures, `${bundle.events.length} event(s) of ${streams} stream(s) are in the signed log of size ${head.treeSize}`);
}

/**
 * `wholeStreams` (optional): the streams of which the bundle holds every event, each as its name or as
 * `{ "stream", "lastRevision" }` — with lastRevision, a missing newest event is a gap too. A Map of
 * stream → lastRevision (or null).
 */
function claimedWhole(value) {
  if (value === undefined) return new Map();
  if (!Array.isArray(value)) throw new InputError('"wholeStreams", when present, must be an array');
  return new Map(value.map((claim) => {
    if (typeof claim === 'string') return [claim, null];
    if (claim !== null && typeof claim === 'object' && typeof claim.stream === 'string' && (claim.lastRevision === undefined || Number.isSafeInteger(claim.lastRevision))) {
      return [claim.stream, claim.lastRevision ?? null];
    }
    throw new InputError('each of "wholeStreams" must be a stream name or { "stream", "lastRevision" }');
  }));
}

function finish(lines, failures, success = '') {
  if (failures.length === 0) return { ok: true, lines, reason: success, firstBad: null };
  const rank = (failure) => (Number.isSafeInteger(failure.leafIndex) ? failure.leafIndex : -1);
  const first = failures.reduce((best, failure) => (rank(failure) < rank(best) ? failure : best));
  const firstBad = first.stream === null ? null : { stream: first.stream, revision: first.revision, leafIndex: first.leafIndex };
  return { ok: false, lines, reason: first.reason, firstBad, failures };
}

// ---------------------------------------------------------------- command line

function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} is not JSON: ${error.message}`);
  }
}

function readInput(path, what) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${error.code ?? error.message}`);
  }
}

const USAGE = 'usage: node verify-ledger.mjs --keys keys.json --bundle bundle.json [--head head.json]';

/** Runs the verifier on `argv`, writing to `out` and `err`; returns the exit code. */
export function main(argv, out = (line) => process.stdout.write(`${line}\n`), err = (line) => process.stderr.write(`${line}\n`)) {
  try {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: { keys: { type: 'string' }, bundle: { type: 'string' }, head: { type: 'string' } }, strict: true }));
    } catch (error) {
      throw new InputError(error.message);
    }
    if (values.keys === undefined || values.bundle === undefined) throw new InputError('--keys and --bundle are required');
    const keys = parseKeys(readInput(values.keys, 'the keys file'));
    const bundle = parseJson(readInput(values.bundle, 'the bundle'), 'the bundle');
    const givenHead = values.head === undefined ? undefined : parseJson(readInput(values.head, 'the head'), 'the head');
    const result = verifyBundle(bundle, keys, givenHead);
    for (const line of result.lines) out(line);
    if (result.ok) {
      out(`VERIFIED: ${result.reason}`);
      return 0;
    }
    out(`NOT VERIFIED: ${result.reason}`);
    if (result.firstBad !== null) out(`first bad event: stream=${result.firstBad.stream} revision=${result.firstBad.revision} leafIndex=${result.firstBad.leafIndex}`);
    return 1;
  } catch (error) {
    // Anything else the input made us trip over is still unreadable input, never a verdict.
    err(`error: ${error instanceof InputError ? '' : 'unreadable input: '}${error.message}`);
    err(USAGE);
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
