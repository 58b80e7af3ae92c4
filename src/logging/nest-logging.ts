import { PinoLogger, type Params } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';

/**
 * nestjs-pino's parameters around our root logger. Its own request middleware is mounted on no route
 * (`forRoutes: []`): Nest would mount it at init, after the middleware create-app.ts adds with
 * `app.use`, so a request refused there (a bad token, an oversized body) would go unlogged; create-app
 * mounts src/logging/request-logging.ts first instead. nestjs-pino keeps one root logger per process:
 * the first app's (one app per process in the service; one per test file in the tests).
 */
export function nestLoggingParams(root: Pino): Params {
  return { pinoHttp: { logger: root, autoLogging: false }, forRoutes: [] };
}

/** Runs a request's handlers in a logging context (PinoLogger.runInContext): their log lines carry its bindings. */
export function loggingContext(params: Params): PinoLogger {
  return new PinoLogger(params);
}
