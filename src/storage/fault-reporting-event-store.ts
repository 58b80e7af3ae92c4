import { StorageUnavailable } from '../event-store/errors.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { storageFaultCode } from '../shared/storage-fault.js';
import type { StorageHealth } from './storage-health.js';

/**
 * The event store as the app uses it, with its appends watched: a storage fault marks the service
 * not ready and is refused as StorageUnavailable (503); a successful append marks it ready again.
 * A Proxy, so every other member (and `instanceof`) is the store's own.
 */
export function reportingStorageFaults<T extends EventStore>(store: T, health: StorageHealth): T {
  const append: EventStore['append'] = async (request) => {
    try {
      const result = await store.append(request);
      health.noteWriteSucceeded();
      return result;
    } catch (error) {
      const reason = storageFaultCode(error);
      if (reason === null) throw error;
      health.noteFailure(error);
      throw new StorageUnavailable(reason, error);
    }
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
