import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../event-store/event-store.port.js';

/** Who is acting, as established for the request by the one request-context provider (never the body). */
export type ActingUser = Actor;

/** No bearer token: the public, who may call only the public routes of the policy (src/auth/policy.ts). */
export const ANONYMOUS: ActingUser = { kind: 'public', id: 'anonymous', department: null };

/** Where the request-context middleware leaves the acting user (from the verified bearer token). */
export interface RequestWithActor extends Request {
  actingUser?: ActingUser;
}

export const Acting = createParamDecorator((_: unknown, context: ExecutionContext): ActingUser =>
  context.switchToHttp().getRequest<RequestWithActor>().actingUser ?? ANONYMOUS);
