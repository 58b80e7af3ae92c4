import type { Response } from 'express';
import { HttpException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ANONYMOUS, type RequestWithActor } from '../http/acting-user.js';
import { errorBody } from '../http/error-body.js';
import { authorize } from './authorize.js';
import { POLICY } from './policy.js';
import { RegisteredDepartments } from './registered-departments.js';
import { routeKeyOf } from './route-key.js';

/**
 * The one guard (global): looks the route up in the policy table and applies it to the verified acting
 * user; a department officer must then act for a department in the registry (A13).
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(@Inject(RegisteredDepartments) private readonly departments: RegisteredDepartments) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const key = routeKeyOf(context.getClass(), context.getHandler());
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = request.actingUser ?? ANONYMOUS;
    const policy = POLICY[key];
    const decision = authorize(policy, actor, request.params as Record<string, string | undefined>);
    if (decision.allowed) {
      if (policy !== 'public' && actor.kind === 'department' && actor.department !== null) await this.requireRegistered(key, actor.department);
      return true;
    }
    if (decision.status === 401) context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
    throw new HttpException(
      errorBody(decision.status, decision.code, `${key}: ${decision.reason}`, { route: key, actorKind: actor.kind, ...(actor.department ? { actorDepartment: actor.department } : {}) }),
      decision.status,
    );
  }

  /** A13: a token naming a department that is not registered acts for nobody: 403 naming the claim, before anything is read or written. */
  private async requireRegistered(route: string, department: string): Promise<void> {
    if (await this.departments.has(department)) return;
    throw new HttpException(
      errorBody(403, 'DEPARTMENT_NOT_REGISTERED', `${route}: the token's department claim names ${department}, which is not in the department registry (A13: the pilots, departments that joined, successors)`, {
        route, claim: 'department', department, article: 'A13',
      }),
      403,
    );
  }
}
