import { Logger, PinoLogger, type Params } from 'nestjs-pino';

/** Nest's wiring report at start, a line per module and per route: debug, so the log opens with what an operator reads. */
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** nestjs-pino's Logger (every `new Logger('X')` of src/ lands here) on the root logger of src/logging. */
export class ServiceLogger extends Logger {
  constructor(params: Params) {
    super(new PinoLogger(params), params);
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest.at(-1);
    if (typeof context === 'string' && WIRING_CONTEXTS.has(context)) super.debug(message, ...rest);
    else super.log(message, ...rest);
  }
}
