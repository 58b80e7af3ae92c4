import type { PublishedKey, PublishedKeyList, SignedTreeHead } from './tree-head.js';

/** The `format` of a heads archive: what `cli heads export` writes and `cli heads check` reads (issue 13, witnessing). */
export const HEADS_ARCHIVE_FORMAT = 'credit-ledger-heads/1';

/** Every signed head of a log, oldest first, with the published keys that verify them: kept by a witness. */
export interface HeadsArchive {
  readonly format: typeof HEADS_ARCHIVE_FORMAT;
  readonly keys: readonly PublishedKey[];
  readonly heads: readonly SignedTreeHead[];
}

/** A file that is not a heads archive: the message says what is wrong with it. */
export class HeadsArchiveUnreadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeadsArchiveUnreadable';
  }
}

export function headsArchive(keys: PublishedKeyList, heads: readonly SignedTreeHead[]): HeadsArchive {
  return { format: HEADS_ARCHIVE_FORMAT, keys: keys.keys, heads };
}

/**
 * The archive in `text`: JSON with the right format tag, a key list and at least one head. Each head's
 * fields and signature are checked later, head by head, so a bad one is named rather than the file refused.
 */
export function parseHeadsArchive(text: string): HeadsArchive {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new HeadsArchiveUnreadable(`not JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HeadsArchiveUnreadable('not a JSON object');
  const { format, keys: listed, heads } = parsed as Record<string, unknown>;
  // The key list as published (`{ "keys": [...] }`) is taken as well as its array.
  const keys = listed !== null && typeof listed === 'object' && !Array.isArray(listed) ? (listed as Record<string, unknown>).keys : listed;
  if (format !== HEADS_ARCHIVE_FORMAT) throw new HeadsArchiveUnreadable(`format must be "${HEADS_ARCHIVE_FORMAT}", got ${JSON.stringify(format)}`);
  if (!Array.isArray(keys) || !keys.every((key) => key !== null && typeof key === 'object')) throw new HeadsArchiveUnreadable('keys must be a list of published keys');
  if (!Array.isArray(heads) || !heads.every((head) => head !== null && typeof head === 'object')) throw new HeadsArchiveUnreadable('heads must be a list of signed heads');
  // An archive without heads proves nothing: it must not read as "consistent".
  if (heads.length === 0) throw new HeadsArchiveUnreadable('the archive holds no heads');
  return { format, keys: keys as PublishedKey[], heads: heads as SignedTreeHead[] };
}
