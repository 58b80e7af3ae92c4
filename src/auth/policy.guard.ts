import type { Response } from 'express';
import { HttpException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ANONYMOUS, type RequestWithActor } from '../http/acting-user.js';
import { errorBody } from '../http/error-body.js';
import { authorize } from './authorize.js';
import { POLICY } from './policy.js';
import { routeKeyOf } from './route-key.js';

/** The one guard (global): looks the route up in the policy table and applies it to the verified acting user. */
@Injectable()
export class PolicyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const key = routeKeyOf(context.getClass(), context.getHandler());
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = request.actingUser ?? ANONYMOUS;
    const decision = authorize(POLICY[key], actor, request.params as Record<string, string | undefined>);
    if (decision.allowed) return true;
    if (decision.status === 401) context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
    throw new HttpException(
      errorBody(decision.status, decision.code, `${key}: ${decision.reason}`, { route: key, actorKind: actor.kind, ...(actor.department ? { actorDepartment: actor.department } : {}) }),
      decision.status,
    );
  }
}
