import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import type { Clock } from './shared/clock.js';
import { setUpOpenApi } from './http/openapi-document.js';
import { requestValidationPipe } from './http/validation.js';

export interface CreateAppOptions {
  readonly logger?: false;
  /** Business time for the whole app; the system clock when omitted (tests pass a ManualClock). */
  readonly clock?: Clock;
}

/** Builds the HTTP application (used by main.ts and by the end-to-end tests). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { clock: options.clock }), {
    bodyParser: true,
    ...(options.logger === false ? { logger: false } : {}),
  });
  app.useBodyParser('json', { limit: '256kb' });
  app.useGlobalPipes(requestValidationPipe());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  return app;
}
