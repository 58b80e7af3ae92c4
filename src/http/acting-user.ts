import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { ACTOR_KINDS, type Actor } from '../event-store/event-store.port.js';

/** Who is acting, as established for the request by the one request-context provider (never the body). */
export type ActingUser = Actor;

export const ANONYMOUS: ActingUser = { kind: 'public', id: 'anonymous', department: null };

/** Where the request-context middleware leaves the acting user. */
export interface RequestWithActor extends Request {
  actingUser?: ActingUser;
}

const TOKEN = /^[A-Za-z0-9._:@-]{1,100}$/;

/**
 * The development request-context provider: the acting user from `X-Actor-Kind`, `X-Actor-Id`
 * and `X-Actor-Department`. Authentication (verified tokens) replaces this one function.
 */
export function actingUserFromHeaders(request: Request): ActingUser {
  const kind = request.header('x-actor-kind');
  const id = request.header('x-actor-id');
  const department = request.header('x-actor-department');
  if (!kind || !ACTOR_KINDS.includes(kind as ActingUser['kind']) || !id || !TOKEN.test(id)) return ANONYMOUS;
  return { kind: kind as ActingUser['kind'], id, department: department && TOKEN.test(department) ? department : null };
}

export const Acting = createParamDecorator((_: unknown, context: ExecutionContext): ActingUser =>
  context.switchToHttp().getRequest<RequestWithActor>().actingUser ?? ANONYMOUS);
