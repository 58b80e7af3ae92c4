import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const office = actor('credit-office', 'supervisor-1');
const ORIGIN = 'https://credit.ks.gov.cn';

/** Issue 5 hardening on the real app: security headers, CORS from configuration, rate limit of the public routes. */
describe('hardening: headers, CORS, public rate limit (real app)', () => {
  describe('defaults', () => {
    let ctx: App;
    beforeAll(async () => {
      ctx = await startTestApp();
    });
    afterAll(async () => ctx.close());

    it('answers with helmet\'s security headers and without X-Powered-By', async () => {
      const response = await request(ctx.app.getHttpServer()).get('/health').expect(200);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-powered-by']).toBeUndefined();
      // Plain HTTP by default (issue 11): no HSTS, no upgrade to an https that may not exist.
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    });

    it('HSTS=true (behind TLS): Strict-Transport-Security and upgrade-insecure-requests', async () => {
      const tls = await startTestApp({ HSTS: 'true' });
      try {
        const response = await request(tls.app.getHttpServer()).get('/health').expect(200);
        expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      } finally {
        await tls.close();
      }
    });

    it('CORS_ORIGINS unset: no CORS header for any origin (same origin only)', async () => {
      const response = await request(ctx.app.getHttpServer()).get('/health').set('Origin', ORIGIN).expect(200);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('the public routes count requests per client (X-RateLimit-*); authenticated routes do not', async () => {
      const response = await request(ctx.app.getHttpServer()).get('/agencies').expect(200);
      expect(response.headers['x-ratelimit-limit']).toBe('120');
      const protectedRoute = await request(ctx.app.getHttpServer()).get('/departments').set(office).expect(200);
      expect(protectedRoute.headers['x-ratelimit-limit']).toBeUndefined();
    });

    it('a body over 256 KiB is refused as 400 PAYLOAD_TOO_LARGE', async () => {
      const response = await request(ctx.app.getHttpServer()).post('/agencies').set(office).send({ name: 'x'.repeat(300_000) }).expect(400);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('configured: CORS_ORIGINS and PUBLIC_RATE_LIMIT_PER_MINUTE=3', () => {
    let ctx: App;
    beforeAll(async () => {
      ctx = await startTestApp({ CORS_ORIGINS: `${ORIGIN}, http://localhost:5173`, PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
    });
    afterAll(async () => ctx.close());

    it('a configured origin is allowed, with the headers the API reads; another origin is not', async () => {
      const allowed = await request(ctx.app.getHttpServer()).options('/subjects/P3F2A9C0D4E5B6A7980C1D2E3F4A5B6C7/personal-data')
        .set('Origin', ORIGIN).set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'authorization,x-purpose');
      expect(allowed.status).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe(ORIGIN);
      expect(allowed.headers['access-control-allow-headers']).toMatch(/X-Purpose/);
      const other = await request(ctx.app.getHttpServer()).get('/calendar/deadline?from=2026-03-02&workingDays=5').set('Origin', 'https://evil.example').expect(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('the 4th public request within a minute is 429 RATE_LIMITED in the api error body, with Retry-After; a token holder is not limited', async () => {
      const http = request(ctx.app.getHttpServer());
      // The CORS test above made the 1st public request of this client.
      await http.get('/agencies').expect(200);
      await http.get('/disclosures').expect(200);
      const response = await http.get('/agencies').expect(429);
      expect(response.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', details: { limit: 3 } });
      expect(typeof response.body.messageZh).toBe('string');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      for (let i = 0; i < 5; i += 1) await http.get('/departments').set(office).expect(200);
    });

    it('the health probes are exempt: with the public limit used up from this client, /health and /health/ready still answer 200 and are not counted', async () => {
      const http = request(ctx.app.getHttpServer());
      await http.get('/agencies').expect(429);
      for (let i = 0; i < 10; i += 1) {
        const live = await http.get('/health').expect(200);
        expect(live.headers['x-ratelimit-limit']).toBeUndefined();
        await http.get('/health/ready').expect(200);
      }
    });
  });

  describe.each([
    ['TRUST_PROXY=true: each client behind the proxy (X-Forwarded-For) has its own count', 'true', 200],
    ['TRUST_PROXY unset: X-Forwarded-For is ignored, every caller counts as the proxy', undefined, 429],
  ])('%s', (_, trustProxy, thirdClientStatus) => {
    let ctx: App;
    beforeAll(async () => {
      ctx = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '2', ...(trustProxy ? { TRUST_PROXY: trustProxy } : {}) });
    });
    afterAll(async () => ctx.close());

    it('the public limit counts the real client IP only when the proxy is trusted', async () => {
      const http = request(ctx.app.getHttpServer());
      await http.get('/agencies').set('X-Forwarded-For', '203.0.113.7').expect(200);
      await http.get('/agencies').set('X-Forwarded-For', '203.0.113.7').expect(200);
      await http.get('/agencies').set('X-Forwarded-For', '203.0.113.7').expect(429);
      await http.get('/agencies').set('X-Forwarded-For', '198.51.100.9').expect(thirdClientStatus);
    });
  });
});
