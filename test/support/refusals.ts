import { expect } from '@jest/globals';
import type { EventStore } from '../../src/event-store/event-store.port.js';

/** What a refusal over HTTP answers with: supertest's response, or any `{ status, body }`. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: { readonly code?: unknown };
}

type LogHead = Pick<EventStore, 'headPosition'>;

/** Runs `act` and checks the log's head has not moved: whatever `act` did appended nothing. */
export async function expectNothingAppended<T>(store: LogHead, act: () => PromiseLike<T>): Promise<T> {
  const before = await store.headPosition();
  const result = await act();
  expect(await store.headPosition()).toBe(before);
  return result;
}

/**
 * Sends a request that must be refused with `status` and error `code`, and checks that nothing was
 * appended (a refusal leaves the log as it was). Answers the response for further checks.
 */
export async function expectRefused<R extends HttpAnswer>(store: LogHead, send: () => PromiseLike<R>, status: number, code: string): Promise<R> {
  return expectNothingAppended(store, async () => {
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    return response;
  });
}
