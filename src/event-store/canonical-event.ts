import { canonicalJson } from './canonical-json.js';

/** An object's members, each already in canonical JSON; `undefined` is left out, as canonicalJson leaves it out. */
export type CanonicalMembers = Readonly<Record<string, string | undefined>>;

/** `"key":value` for each defined member, in canonicalJson's order (keys sorted by UTF-16 code unit). */
function sortedEntries(members: CanonicalMembers): Array<[key: string, entry: string]> {
  return Object.keys(members)
    .filter((key) => members[key] !== undefined)
    .sort()
    .map((key) => [key, `${JSON.stringify(key)}:${members[key]!}`]);
}

/** Each member of `value` in canonical JSON. */
export function canonicalMembersOf(value: Readonly<Record<string, unknown>>): Record<string, string | undefined> {
  const members: Record<string, string | undefined> = {};
  for (const key of Object.keys(value)) members[key] = value[key] === undefined ? undefined : canonicalJson(value[key]);
  return members;
}

/**
 * An event as the chain hash serialises it, kept in parts: id, stream, revision, type, schema
 * version and data (`members`, metadata left out), and the metadata's members without the hash.
 * The chain hash and the Merkle leaf (issue 13) are both built from these parts — the leaf is the
 * same body with the hash among the metadata — so the data is serialised once per event.
 */
export class CanonicalEventBody {
  /** Everything before the metadata's `{`, and everything after its `}`. */
  private readonly before: string;
  private readonly after: string;
  private readonly metadata: Array<[key: string, entry: string]>;
  private utf8: Buffer | undefined;

  constructor(members: CanonicalMembers, metadata: CanonicalMembers) {
    const top = sortedEntries({ ...members, metadata: '' });
    const at = top.findIndex(([key]) => key === 'metadata');
    this.before = `{${top.slice(0, at + 1).map(([, entry]) => entry).join(',')}`;
    this.after = `${top.slice(at + 1).map(([, entry]) => `,${entry}`).join('')}}`;
    this.metadata = sortedEntries(metadata);
  }

  /** canonicalJson of the event with its metadata: what the chain hash covers. */
  json(): string {
    return `${this.before}{${this.metadata.map(([, entry]) => entry).join(',')}}${this.after}`;
  }

  /** The UTF-8 of json(), made once: the chain hash and the leaf are both hashed from these bytes. */
  bytes(): Buffer {
    return (this.utf8 ??= Buffer.from(this.json(), 'utf8'));
  }

  /**
   * The UTF-8 of canonicalJson of the event with one more member `key` (absent so far) in its
   * metadata, valued `valueJson` (canonical JSON), as the parts around the new member: bytes() cut
   * where the member goes in key order, without serialising or encoding the event again.
   */
  bytesWithMetadata(key: string, valueJson: string): Buffer[] {
    const bytes = this.bytes();
    const entry = `${JSON.stringify(key)}:${valueJson}`;
    const at = this.metadata.findIndex(([existing]) => existing > key);
    // Bytes before the metadata's first member, then each member before the new one with its comma.
    let offset = Buffer.byteLength(this.before, 'utf8') + 1;
    const before = at === -1 ? this.metadata.length : at;
    for (let i = 0; i < before; i++) offset += Buffer.byteLength(this.metadata[i]![1], 'utf8') + 1;
    if (at !== -1) return [bytes.subarray(0, offset), Buffer.from(`${entry},`, 'utf8'), bytes.subarray(offset)];
    // Last in the metadata: before its closing brace, after a comma when it has members.
    if (before > 0) offset -= 1;
    return [bytes.subarray(0, offset), Buffer.from(before > 0 ? `,${entry}` : entry, 'utf8'), bytes.subarray(offset)];
  }
}
