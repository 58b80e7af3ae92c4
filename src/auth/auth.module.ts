import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RequestContextMiddleware } from './request-context.middleware.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { PolicyGuard } from './policy.guard.js';
import { RegisteredDepartments } from './registered-departments.js';
import { TOKEN_VERIFIER, TokenVerifier } from './token-verifier.js';

/** Authentication (bearer JWT → acting user) and authorization (the one global guard over src/auth/policy.ts). */
@Global()
@Module({
  providers: [
    {
      provide: TOKEN_VERIFIER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new TokenVerifier(config.auth, () => resolveJwtSecret(config.auth, config.dataDir)),
    },
    RequestContextMiddleware,
    RegisteredDepartments,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [TOKEN_VERIFIER, RequestContextMiddleware],
})
export class AuthModule {}
