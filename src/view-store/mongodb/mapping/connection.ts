import type { MongoClientOptions } from 'mongodb';

export const DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 2000;
export const DEFAULT_DATABASE = 'credit_ledger_views';

/** The driver's client options: a short server selection timeout unless the URL or the caller sets one. */
export function clientOptions(url: string, serverSelectionTimeoutMS?: number): { options: MongoClientOptions; timeoutMs: number } {
  const fromUrl = /[?&]serverSelectionTimeoutMS=(\d+)/i.exec(url);
  // The driver waits 30 s by default: a down server must fail a request fast, not hang it.
  if (serverSelectionTimeoutMS !== undefined) return { options: { serverSelectionTimeoutMS }, timeoutMs: serverSelectionTimeoutMS };
  if (fromUrl) return { options: {}, timeoutMs: Number(fromUrl[1]) };
  return { options: { serverSelectionTimeoutMS: DEFAULT_SERVER_SELECTION_TIMEOUT_MS }, timeoutMs: DEFAULT_SERVER_SELECTION_TIMEOUT_MS };
}

/** The database: the caller's, else the URL's path (`mongodb://host/<db>?…`), else our default. */
export function databaseName(url: string, explicit?: string): string {
  if (explicit) return explicit;
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]+)/i.exec(url);
  return path ? decodeURIComponent(path[1]!) : DEFAULT_DATABASE;
}
