import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { AuthenticationFailed, IdentityProviderUnavailable, TOKEN_VERIFIER, type TokenVerifier } from '../auth/token-verifier.js';
import { ANONYMOUS, type RequestWithActor } from '../http/acting-user.js';
import { errorBody } from '../http/error-body.js';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/**
 * Establishes the acting user once per request from the bearer token (handlers read it only through
 * `@Acting()`). No Authorization header: the public user. A token that fails verification is
 * answered 401 here, on every route, public ones included: a bad token is never silently ignored.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(@Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier) {}

  async use(request: RequestWithActor, response: Response, next: NextFunction): Promise<void> {
    const header = request.header('authorization');
    if (header === undefined || header === '') {
      request.actingUser = ANONYMOUS;
      return next();
    }
    const token = BEARER.exec(header)?.[1];
    try {
      if (token === undefined) throw new AuthenticationFailed('the Authorization header must be "Bearer <token>"');
      request.actingUser = await this.tokens.verify(token);
      next();
    } catch (error) {
      if (error instanceof AuthenticationFailed) {
        response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
        response.status(401).json(errorBody(401, 'UNAUTHORIZED', error.message, { reason: error.reason }));
      } else if (error instanceof IdentityProviderUnavailable) {
        response.status(503).json(errorBody(503, error.code, error.message));
      } else {
        new Logger('Auth').error(error instanceof Error ? error.stack ?? error.message : String(error));
        response.status(500).json(errorBody(500, 'INTERNAL_ERROR', 'internal error')); // never a stack in the answer
      }
    }
  }
}
