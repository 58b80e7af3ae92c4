import type { AppConfig } from '../config/app-config.js';
import { systemClock } from '../shared/clock.js';
import type { LeaseOptions } from './lease-keeper.js';

/**
 * The service's leases (issue 14), on the wall clock (operational time, not business time). Under
 * INSTANCES=exclusive on SQLite views the DATA_DIR lock already rules out another instance, so a
 * restart takes its leases over at once instead of waiting out those of a killed predecessor.
 */
export function leaseOptionsFor(config: AppConfig): LeaseOptions {
  return {
    holder: config.instanceId,
    ttlMs: config.leaseTtlMs,
    renewMs: config.leaseRenewMs,
    clock: systemClock,
    takeOver: config.instances === 'exclusive' && config.viewStoreEngine === 'sqlite',
  };
}
