import { uuidV7 } from '../shared/uuid-v7.js';

/** What an incoming `X-Request-Id` may be: 1–64 letters, digits, `.`, `_`, `:` or `-` (a UUID, a ULID, a proxy's id). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The id that ties a request's log lines to its answer: the caller's `X-Request-Id` when it is a
 * short opaque token, so a proxy's or client's id follows the request through; anything else
 * (too long, spaces, control characters, several headers) is replaced by a new UUID v7, so a
 * header can never inject text into the log. The generator is the one of event ids (wall clock here):
 * under a test's clock set in the past, event ids then carry wall-clock milliseconds — still unique
 * and ordered, which is all an id promises.
 */
export function requestIdFor(incoming: string | string[] | undefined, newId: () => string = () => uuidV7()): string {
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : newId();
}
