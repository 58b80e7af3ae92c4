import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { ensureConsoleBuilt } from '../support/console-build.js';
import { startTestApp } from '../support/test-app.js';

/** Issue 12: the web console is served by the service itself at /ui, from local assets only. */
describe('the web console at /ui (real app, SQLite in a temp dir)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  let script: string;
  let style: string;

  beforeAll(async () => {
    ensureConsoleBuilt();
    // A tiny public budget: page loads must not spend it.
    ctx = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '2' });
    http = request(ctx.app.getHttpServer());
    const shell = await http.get('/ui').expect(200);
    script = /src="\/ui\/assets\/([^"]+\.js)"/.exec(shell.text)![1]!;
    style = /href="\/ui\/assets\/([^"]+\.css)"/.exec(shell.text)![1]!;
  });
  afterAll(async () => ctx.close());

  it('answers the same HTML shell for every page, Chinese by default, never cached stale', async () => {
    for (const path of ['/ui', '/ui/', '/ui/disclosures', '/ui/subjects/91320583722291823U', '/ui/disputes/x.y']) {
      const page = await http.get(path).expect(200).expect('Content-Type', /text\/html/).expect('Cache-Control', 'no-cache');
      expect(page.text).toContain('<html lang="zh-CN">');
      expect(page.text).toContain('<div id="app"></div>');
    }
  });

  it('references only its own assets: no CDN, no other origin, scripts only from self (CSP)', async () => {
    const page = await http.get('/ui').expect(200);
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const js = await http.get(`/ui/assets/${script}`).expect(200).expect('Content-Type', /javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.text).not.toMatch(/https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\//i);
    await http.get(`/ui/assets/${style}`).expect(200).expect('Content-Type', /text\/css/);
  });

  it('answers 304 to a browser that has the page already', async () => {
    const first = await http.get(`/ui/assets/${script}`).expect(200);
    await http.get(`/ui/assets/${script}`).set('If-None-Match', first.headers.etag!).expect(304);
  });

  it('refuses an asset it did not build (404 NOT_FOUND), and never reads outside its folder', async () => {
    expect((await http.get('/ui/assets/nothing.js').expect(404)).body).toMatchObject({ code: 'NOT_FOUND' });
    await http.get('/ui/assets/..%2F..%2Fpackage.json').expect(404);
  });

  it('does not count page loads against the public rate limit (2 a minute here), while /disclosures still is', async () => {
    for (let i = 0; i < 5; i++) await http.get('/ui/disclosures').expect(200);
    await http.get('/disclosures').expect(200);
    await http.get('/disclosures').expect(200);
    await http.get('/disclosures').expect(429);
  });

  it('is left out of the OpenAPI document (it is not part of the API)', async () => {
    const doc = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths).filter((path) => path.startsWith('/ui') || path.startsWith('/dev-sign-in'))).toEqual([]);
  });
});

/** A11: the calendar the console shades review windows with — the service's own, not the browser's. */
describe('GET /calendar/days (public)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
  });
  afterAll(async () => ctx.close());

  it('A11: names National Day 2025 holidays, the weekend and the adjusted working day of 2025-10-11 (国办发明电〔2024〕12号)', async () => {
    const { body } = await http.get('/calendar/days?from=2025-09-28&to=2025-10-12').expect(200);
    const kind = Object.fromEntries(body.days.map((day: { date: string; kind: string }) => [day.date, day.kind]));
    expect(body.days).toHaveLength(15);
    expect(kind['2025-09-28']).toBe('adjusted-working'); // a Sunday worked before the holiday
    expect(kind['2025-09-30']).toBe('working');
    for (let day = 1; day <= 8; day++) expect(kind[`2025-10-0${day}`]).toBe('holiday');
    expect(kind['2025-10-11']).toBe('adjusted-working'); // a Saturday worked after it
    expect(kind['2025-10-12']).toBe('weekend');
    expect(body.days.every((day: { working: boolean; kind: string }) => day.working === (day.kind === 'working' || day.kind === 'adjusted-working'))).toBe(true);
  });

  it('refuses a bad range, naming the field and the rule (400 VALIDATION_FAILED)', async () => {
    const cases: [string, string, string][] = [
      ['from=2025-02-30&to=2025-03-01', 'from', 'DATE'],
      ['from=2025-03-01', 'to', 'DATE'],
      ['from=2017-01-01&to=2017-03-10', 'from', 'DATE_RANGE'],
      ['from=2025-03-10&to=2025-03-01', 'to', 'DATE_RANGE'],
      ['from=2025-01-01&to=2026-03-01', 'to', 'DATE_RANGE'],
    ];
    for (const [query, field, rule] of cases)
      expect((await http.get(`/calendar/days?${query}`).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field, rule } });
  });
});
