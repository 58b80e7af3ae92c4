import type { IndexedValue } from './view-store.port.js';
import { InvalidViewQuery } from './errors.js';

/** An opaque page cursor: the sort value and id of the last item returned. */
export function encodeCursor(value: IndexedValue, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { value: IndexedValue; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [IndexedValue, string];
    if (typeof id !== 'string') throw new Error('no id');
    return { value, id };
  } catch {
    throw new InvalidViewQuery('cursor', 'CURSOR', 'is not a cursor returned by this query');
  }
}
