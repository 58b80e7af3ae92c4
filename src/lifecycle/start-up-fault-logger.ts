import { Logger, PinoLogger, type Params } from 'nestjs-pino';
import { ConfigError } from '../config/app-config.js';
import { storageFaultCode } from '../storage/storage-fault.js';

/**
 * The app's pino logger (src/logging) while Nest starts, except that a start-up failure main.ts
 * reports itself — a storage fault or a configuration error, answered with one line naming the
 * variable and exit 78 — is not also logged by Nest's ExceptionHandler as a stack.
 */
export class StartUpFaultLogger extends Logger {
  constructor(params: Params) {
    super(new PinoLogger(params), params);
  }

  override error(message: unknown, ...rest: unknown[]): void {
    if (message instanceof ConfigError || storageFaultCode(message) !== null) return;
    super.error(message, ...rest);
  }
}
