import { describe, it, expect } from '@jest/globals';
import { HEADS_ARCHIVE_FORMAT, HeadsArchiveUnreadable, parseHeadsArchive } from '../../../../src/event-store/ledger/heads-archive.js';

const HEAD = { treeSize: 2, rootHash: 'a'.repeat(64), timestamp: '2026-12-07T09:00:00.000+08:00', keyId: 'b'.repeat(32), signature: 'AA==' };
const KEY = { keyId: 'b'.repeat(32), algorithm: 'Ed25519', publicKeyPem: '-----BEGIN PUBLIC KEY-----', from: '2026-12-01T09:00:00.000+08:00', until: null };

describe('parseHeadsArchive (issue 13, witnessing: what heads check reads)', () => {
  it('reads the archive heads export writes, and the key list in its published shape as well', () => {
    const archive = { format: HEADS_ARCHIVE_FORMAT, keys: [KEY], heads: [HEAD] };
    expect(parseHeadsArchive(JSON.stringify(archive))).toEqual(archive);
    expect(parseHeadsArchive(JSON.stringify({ ...archive, keys: { keys: [KEY] } }))).toEqual(archive);
  });

  it.each([
    ['text that is not JSON', 'not json', 'not JSON'],
    ['a JSON array', '[]', 'not a JSON object'],
    ['a proof bundle', JSON.stringify({ format: 'credit-ledger-proof-bundle/1', keys: [KEY], heads: [HEAD] }), `format must be "${HEADS_ARCHIVE_FORMAT}"`],
    ['keys that are no list', JSON.stringify({ format: HEADS_ARCHIVE_FORMAT, keys: 'none', heads: [HEAD] }), 'keys must be a list of published keys'],
    ['a head that is no object', JSON.stringify({ format: HEADS_ARCHIVE_FORMAT, keys: [KEY], heads: [1] }), 'heads must be a list of signed heads'],
    ['an archive without heads (it would prove nothing)', JSON.stringify({ format: HEADS_ARCHIVE_FORMAT, keys: [KEY], heads: [] }), 'the archive holds no heads'],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseHeadsArchive(text)).toThrow(HeadsArchiveUnreadable);
    expect(() => parseHeadsArchive(text)).toThrow(message);
  });
});
