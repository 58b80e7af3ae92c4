import { ConfigError } from '../config/config-error.js';
import { ServiceLogger } from '../logging/service-logger.js';
import { storageFaultCode } from '../shared/storage-fault.js';

/** Nest's own line for a port it cannot listen on (`e.toString()`); main.ts answers it as PORT/HOST, 78. */
const LISTEN_FAULT = /^Error: listen (EADDRINUSE|EACCES|EADDRNOTAVAIL)\b/;

/**
 * The service's logger (src/logging) while Nest starts, except that a start-up failure main.ts
 * reports itself — a storage fault, a configuration error or a port it cannot listen on, answered
 * with one line naming the variable and exit 78 — is not also logged by Nest, as a stack or a line.
 */
export class StartUpFaultLogger extends ServiceLogger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (message instanceof ConfigError || storageFaultCode(message) !== null) return;
    if (typeof message === 'string' && LISTEN_FAULT.test(message)) return;
    super.error(message, ...rest);
  }
}
