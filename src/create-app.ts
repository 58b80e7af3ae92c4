import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Response } from 'express';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import type { RequestWithActor } from './http/acting-user.js';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import type { Clock } from './shared/clock.js';
import { setUpOpenApi } from './openapi-document.js';
import { answerClientErrors } from './http/client-error.js';
import { inputGuard } from './http/input/input-guard.middleware.js';
import { RequestContextMiddleware } from './auth/request-context.middleware.js';
import { requestValidationPipe } from './http/validation.js';
import { StartUpFaultLogger } from './lifecycle/start-up-fault-logger.js';
import { loggingContext, nestLoggingParams } from './logging/nest-logging.js';
import { requestLogging } from './logging/request-logging.js';
import { createRootLogger } from './logging/root-logger.js';
import { ServiceLogger } from './logging/service-logger.js';

export interface CreateAppOptions {
  /** false: no log at all (what the tests' app uses); otherwise the JSON or pretty log of src/logging (LOG_LEVEL, LOG_FORMAT). */
  readonly logger?: false;
  /** Where the log lines go; default stdout (a test passes a stream to read them). */
  readonly logDestination?: DestinationStream;
  /** Business time for the whole app; the system clock when omitted (tests pass a ManualClock). */
  readonly clock?: Clock;
  /** Nest's own SIGTERM/SIGINT handling (default on); main.ts drains requests itself instead (src/lifecycle). */
  readonly shutdownHooks?: boolean;
}

/** Builds the HTTP application (used by main.ts and by the end-to-end tests). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const root = createRootLogger({ level: options.logger === false ? 'silent' : config.logLevel, format: config.logFormat, destination: options.logDestination });
  const logging = nestLoggingParams(root);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { clock: options.clock, logging }), {
    bodyParser: true,
    // Throw a failed start-up to the caller (main maps storage faults to exit 78) instead of exiting 1 here.
    abortOnError: false,
    // Start-up lines wait for the app's logger; a failed start flushes them to the start-up logger.
    bufferLogs: true,
    logger: options.logger === false ? false : new StartUpFaultLogger(logging),
  });
  // Every `new Logger('X')` in src/ writes through pino from here on.
  app.useLogger(new ServiceLogger(logging));
  // First of all the middleware: a request refused by any of the ones below is logged with its id too.
  app.use(requestLogging(root, loggingContext(logging)));
  // Behind a reverse proxy (TRUST_PROXY=true) request.ip is the client from X-Forwarded-For, so the public rate limit counts real clients, not the proxy.
  if (config.trustProxy) app.set('trust proxy', true);
  // Security headers (issue 5); the default CSP still serves the Swagger UI at /docs from 'self'. HSTS and
  // upgrade-insecure-requests only behind TLS (HSTS=true): on plain HTTP they would send browsers to an https that is not there.
  app.use(helmet({ hsts: config.hsts, contentSecurityPolicy: { directives: { upgradeInsecureRequests: config.hsts ? [] : null } } }));
  // CORS only for the configured origins (CORS_ORIGINS); none configured: no CORS headers, same origin only.
  if (config.corsOrigins.length > 0)
    app.enableCors({ origin: [...config.corsOrigins], methods: ['GET', 'POST'], allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Min-Position', 'X-Purpose', 'X-Request-Id'], exposedHeaders: ['ETag', 'X-Request-Id'], maxAge: 600 });
  app.useBodyParser('json', { limit: '256kb' });
  // Registered here (Nest would add it at init, after our middleware) so the input guard sees form bodies too.
  app.useBodyParser('urlencoded', { limit: '256kb', extended: true });
  // Issue 10: depth, size, number and text limits right after parsing, before any DTO sees the body.
  app.use(inputGuard);
  // Before every route, the Swagger pages included: the acting user comes from the bearer token, a bad token is 401.
  const requestContext = app.get(RequestContextMiddleware);
  app.use((request: RequestWithActor, response: Response, next: NextFunction) => void requestContext.use(request, response, next));
  app.useGlobalPipes(requestValidationPipe());
  // Issue 10: what Node's HTTP parser refuses (headers over 16 KiB…) is answered with the API's error body.
  answerClientErrors(app.getHttpServer());
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  setUpOpenApi(app);
  return app;
}
