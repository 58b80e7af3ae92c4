import type { NextFunction, Response } from 'express';
import { actingUserFromHeaders, type RequestWithActor } from './acting-user.js';

/** Establishes the acting user once per request; handlers read it only through `@Acting()`. */
export function requestContextMiddleware(request: RequestWithActor, _response: Response, next: NextFunction): void {
  request.actingUser = actingUserFromHeaders(request);
  next();
}
