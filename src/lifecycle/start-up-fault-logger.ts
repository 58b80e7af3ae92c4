import { ConsoleLogger } from '@nestjs/common';
import { ConfigError } from '../config/config-error.js';
import { storageFaultCode } from '../shared/storage-fault.js';

/**
 * Nest's console logger, except that a start-up failure main.ts reports itself — a storage fault or
 * a configuration error, answered with one line naming the variable and exit 78 — is not also
 * printed by Nest's ExceptionHandler as a stack.
 */
export class StartUpFaultLogger extends ConsoleLogger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (message instanceof ConfigError || storageFaultCode(message) !== null) return;
    super.error(message, ...rest);
  }
}
