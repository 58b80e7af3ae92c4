import type { EventStore, ReadStreamOptions } from '../../src/event-store/event-store.port.js';

export interface StreamRead {
  readonly stream: string;
  readonly options: ReadStreamOptions;
  readonly events: number;
}

/** The real store, with every readStream call recorded (stream, range, events answered). */
export function countingReads(store: EventStore): { store: EventStore; reads: StreamRead[] } {
  const reads: StreamRead[] = [];
  const readStream = async (stream: string, options: ReadStreamOptions = {}) => {
    const events = await store.readStream(stream, options);
    reads.push({ stream, options, events: events.length });
    return events;
  };
  const wrapped = new Proxy(store, {
    get: (target, property) => {
      if (property === 'readStream') return readStream;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, reads };
}

/** Counts the readStream calls of an object that holds the store itself (the app's EVENT_STORE), by wrapping its method in place. */
export function countReadsInPlace(store: EventStore): { reads: StreamRead[]; restore: () => void } {
  const reads: StreamRead[] = [];
  const original = store.readStream.bind(store);
  const counting = async (stream: string, options: ReadStreamOptions = {}) => {
    const events = await original(stream, options);
    reads.push({ stream, options, events: events.length });
    return events;
  };
  Object.defineProperty(store, 'readStream', { value: counting, configurable: true, writable: true });
  return { reads, restore: () => Reflect.deleteProperty(store, 'readStream') };
}
