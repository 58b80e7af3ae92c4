import { HttpException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { POLICY } from '../../auth/policy.js';
import { routeKeyOf } from '../../auth/route-key.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { errorBody } from '../../http/error-body.js';
import { FixedWindowLimiter } from './fixed-window-limiter.js';

/**
 * Rate limit of the public routes only (issue 5): anyone may call them without a token, so they are
 * what a scraper or a flood reaches first. Authenticated routes are limited by who may call them.
 * Counted per client IP (`request.ip`: behind a proxy, set TRUST_PROXY=true) against the wall
 * clock, not business time. The health probes are exempt. (@nestjs/throttler 6.7 is CommonJS and cannot load Nest 12's ESM under Jest.)
 */
/**
 * Liveness and readiness probes: a load balancer or orchestrator behind the same IP as clients must never be told 429.
 * The console's static files (issue 12) are answered from memory and carry no data: a page load must not spend the API's budget.
 */
const UNCOUNTED: ReadonlySet<string> = new Set(['GET /health', 'GET /health/ready', 'GET /ui', 'GET /ui/assets/{name}', 'GET /ui/*path']);

@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  private readonly limiter: FixedWindowLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new FixedWindowLimiter(config.publicRateLimitPerMinute);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const key = routeKeyOf(context.getClass(), context.getHandler());
    if (POLICY[key] !== 'public' || UNCOUNTED.has(key)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const { allowed, remaining, resetSeconds } = this.limiter.hit(request.ip ?? 'unknown', Date.now());
    response.setHeader('X-RateLimit-Limit', this.limiter.limit);
    response.setHeader('X-RateLimit-Remaining', remaining);
    response.setHeader('X-RateLimit-Reset', resetSeconds);
    if (allowed) return true;
    response.setHeader('Retry-After', resetSeconds);
    throw new HttpException(
      errorBody(429, 'RATE_LIMITED', `too many requests to the public routes: at most ${this.limiter.limit} per minute per client (PUBLIC_RATE_LIMIT_PER_MINUTE)`, { limit: this.limiter.limit, retryAfterSeconds: resetSeconds }),
      429,
    );
  }
}
