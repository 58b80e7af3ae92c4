import type { OpenAPIObject } from '@nestjs/swagger';
import { POLICY, type RouteKey } from '../auth/policy.js';
import { ERROR_SCHEMA } from '../http/openapi.js';


/**
 * Lays the policy table over the generated document: public routes need no token; every route can
 * answer 401 UNAUTHORIZED (a bad token is refused everywhere); every protected route can answer 403.
 */
export function applySecurityFromPolicy(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const policy = POLICY[`${method.toUpperCase()} ${path}` as RouteKey];
      const schema = ERROR_SCHEMA;
      operation.responses['401'] ??= { description: 'UNAUTHORIZED: missing where required, expired, badly signed or malformed bearer token / 未认证', content: { 'application/json': { schema } } };
      if (policy === 'public' || policy === undefined) {
        operation.security = [];
      } else {
        const roles = Object.keys(policy).join(', ');
        operation.responses['403'] ??= { description: `FORBIDDEN: allowed roles: ${roles} (src/auth/policy.ts) / 无权执行此操作`, content: { 'application/json': { schema } } };
        operation.description = `${operation.description ?? ''}\n\nRoles: ${roles}.`.trim();
      }
    }
  }
  return document;
}
