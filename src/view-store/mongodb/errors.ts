import { MongoNetworkError, MongoServerError, MongoServerSelectionError } from 'mongodb';

/** No MongoDB server answered within the server selection timeout: the store cannot be used now. */
export class ViewStoreUnavailable extends Error {
  readonly code = 'VIEW_STORE_UNAVAILABLE';
  constructor(readonly url: string, readonly timeoutMs: number, readonly reason: string) {
    super(`VIEW_STORE_UNAVAILABLE: no MongoDB server answered at ${url} within ${timeoutMs} ms (${reason})`);
    this.name = 'ViewStoreUnavailable';
  }
}

/** The deployment is a standalone server: a commit needs a replica set, or the store's `transactions: false`. */
export class ViewStoreTransactionsUnsupported extends Error {
  readonly code = 'VIEW_STORE_NO_TRANSACTIONS';
  constructor(readonly url: string) {
    super(`VIEW_STORE_NO_TRANSACTIONS: the MongoDB deployment at ${url} has no transactions; run it as a replica set or open the store with transactions: false`);
    this.name = 'ViewStoreTransactionsUnsupported';
  }
}

/** A view document that is not plain JSON (BigInt, cycles…): refused before anything is written. */
export class ViewDocumentNotJson extends Error {
  readonly code = 'VIEW_DOCUMENT_NOT_JSON';
  constructor(readonly collection: string, readonly id: string, reason: string) {
    super(`VIEW_DOCUMENT_NOT_JSON: ${collection}/${id} is not a JSON object (${reason})`);
    this.name = 'ViewDocumentNotJson';
  }
}

/** The URL with any user name and password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/i, '$1***@');
}

// IllegalOperation: "Transaction numbers are only allowed on a replica set member or mongos".
const ILLEGAL_OPERATION = 20;

/** Maps the driver's errors we can name to our typed errors; anything else passes through unchanged. */
export function toViewStoreError(error: unknown, url: string, timeoutMs: number): unknown {
  const shown = redactUrl(url);
  if (error instanceof MongoServerSelectionError || error instanceof MongoNetworkError)
    return new ViewStoreUnavailable(shown, timeoutMs, error.message);
  if (error instanceof MongoServerError && error.code === ILLEGAL_OPERATION && /transaction/i.test(error.message))
    return new ViewStoreTransactionsUnsupported(shown);
  return error;
}
