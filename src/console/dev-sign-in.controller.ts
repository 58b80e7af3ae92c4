import { Body, Controller, Get, HttpCode, HttpException, Inject, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { resolveJwtSecret } from '../auth/jwt-secret.js';
import { devTokenClaims, DevTokenRefused, mintDevToken } from '../auth/mint-token.js';
import { ROLES } from '../auth/roles.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { errorBody } from '../http/error-body.js';
import { devSignInAvailability } from './dev-sign-in.js';
import { DevSignInRequest } from './dev-sign-in.request.js';

const TOKEN_LIFETIME = '8h';

/**
 * Development sign-in for the console (issue 12): the logic of `npm run token`, one click away, with the
 * same claim checks. Not part of the public API (excluded from the OpenAPI document); see dev-sign-in.ts
 * for when it is off.
 */
@ApiExcludeController()
@Controller('dev-sign-in')
export class DevSignInController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  availability(@Req() request: Request) {
    return { ...devSignInAvailability(this.config, request), roles: ROLES, lifetime: TOKEN_LIFETIME };
  }

  @Post()
  @HttpCode(201)
  async mint(@Req() request: Request, @Body() body: DevSignInRequest) {
    const availability = devSignInAvailability(this.config, request);
    if (!availability.enabled) throw new HttpException(errorBody(403, 'DEV_SIGN_IN_OFF', `development sign-in is off: ${availability.reason}; paste a token from your identity provider (or \`npm run token\`)`, { reason: availability.reason }), 403);
    const claimsRequest = { ...body, ttl: TOKEN_LIFETIME };
    let claims;
    try {
      claims = devTokenClaims(claimsRequest);
    } catch (error) {
      if (!(error instanceof DevTokenRefused)) throw error;
      throw new HttpException(errorBody(400, 'VALIDATION_FAILED', error.message.replace(/--/g, ''), { field: 'role', rule: 'CLAIMS_FOR_ROLE' }), 400);
    }
    const token = await mintDevToken(resolveJwtSecret(this.config.auth, this.config.dataDir), claimsRequest, { issuer: this.config.auth.issuer, audience: this.config.auth.audience });
    return { token, claims, lifetime: TOKEN_LIFETIME };
  }
}
