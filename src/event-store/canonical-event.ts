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

  /** canonicalJson of the event with one more member `key` (absent so far) in its metadata, valued `valueJson` (canonical JSON). */
  jsonWithMetadata(key: string, valueJson: string): string {
    const entries = this.metadata.map(([, entry]) => entry);
    const at = this.metadata.findIndex(([existing]) => existing > key);
    entries.splice(at === -1 ? entries.length : at, 0, `${JSON.stringify(key)}:${valueJson}`);
    return `${this.before}{${entries.join(',')}}${this.after}`;
  }
}
