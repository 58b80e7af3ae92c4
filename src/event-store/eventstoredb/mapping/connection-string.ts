/** Schemes accepted for EVENTSTORE_URL: EventStoreDB's and KurrentDB's (same format, same servers). */
export const EVENTSTORE_URL_PATTERN = /^(esdb|kurrentdb|kurrent)(\+discover)?:\/\/[^\s/?#]+(\/)?(\?[^\s#]*)?$/i;

/**
 * The connection string as `@eventstore/db-client` 6.2 takes it: `kurrentdb://` becomes `esdb://`
 * (KurrentDB servers accept this client), and a short `defaultDeadline` is added unless one is set,
 * so every call to a down server fails within it instead of hanging.
 */
export function toClientConnectionString(url: string, deadlineMs: number): string {
  if (!EVENTSTORE_URL_PATTERN.test(url)) throw new RangeError('EVENTSTORE_URL must be an esdb:// or kurrentdb:// connection string');
  const refused = refusedUrlSetting(url);
  if (refused) throw new RangeError(`EVENTSTORE_URL: ${refused}`);
  const client = url.replace(/^(?:kurrentdb|kurrent|esdb)(\+discover)?:\/\//i, (_match, discover: string | undefined) => `esdb${discover ?? ''}://`);
  if (/[?&]defaultDeadline=/i.test(client)) return client;
  return `${client}${client.includes('?') ? '&' : '?'}defaultDeadline=${deadlineMs}`;
}

/** The deadline in force: the URL's `defaultDeadline` when it sets one, else ours (also applied to reads and subscriptions). */
export function effectiveDeadlineMs(url: string, deadlineMs: number): number {
  const match = /[?&]defaultDeadline=(\d+)/i.exec(url);
  const fromUrl = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(fromUrl) && fromUrl > 0 ? fromUrl : deadlineMs;
}

/**
 * A URL setting the adapter cannot work with, or null. `throwOnAppendFailure=false` makes client 6.2
 * resolve a refused append as `{ success: false }` instead of throwing (appendToStream/append.js,
 * batchAppend.js; and its batch path reads the wrong field for the revision): the adapter would take
 * a refusal for a write. Refused at start (issue 14, item 6) rather than silently ignored.
 */
export function refusedUrlSetting(url: string): string | null {
  if (/[?&]throwOnAppendFailure=false(?:&|$)/i.test(url))
    return 'throwOnAppendFailure=false is not supported: the event store must see every refused append as an error (remove it from the URL)';
  return null;
}
