import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { request as httpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { residentIdCheckDigit } from '../../domain/rules/identifiers/resident-id.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { actor, TEST_JWT_SECRET } from '../support/actors.js';
import { tempDir } from '../support/temp-dir.js';
import { ManualClock, TEST_NOW } from '../support/clocks.js';

/** The log as the service writes it (LOG_FORMAT=json), into memory instead of stdout. */
class CapturedLog {
  readonly chunks: string[] = [];
  write(chunk: string): void {
    this.chunks.push(chunk);
  }
  get text(): string {
    return this.chunks.join('');
  }
  lines(): Record<string, unknown>[] {
    return this.text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  }
  forRequest(id: string): Record<string, unknown>[] {
    return this.lines().filter((line) => line.requestId === id && 'status' in line);
  }
}

const IDENTITY_NUMBER = `32058319900101123${residentIdCheckDigit('32058319900101123')}`;
const FULL_NAME = '张三丰';
const PURPOSE = '行政许可审查';
const housing = actor('department', 'officer-3', 'ks-housing');
const office = actor('credit-office', 'supervisor-1');
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// One app for the whole file: nestjs-pino keeps one root logger per process (src/logging/nest-logging.ts).
describe('structured request log: one JSON line per request with its X-Request-Id (issue 11, real app over HTTP)', () => {
  const log = new CapturedLog();
  const dir = tempDir('credit-ledger-request-log-');
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dir.path, PORT: '0', JWT_SECRET: TEST_JWT_SECRET, PROJECTION_THREAD: 'false', SQLITE_WRITER_THREAD: 'false', LOG_FORMAT: 'json', LOG_LEVEL: 'info' });
    app = await createApp(config, { logDestination: log, clock: ManualClock.at(TEST_NOW) });
    // A handler that logs while it answers, as the exception filter does with a 500's stack.
    app.getHttpAdapter().get('/test-only/log-while-answering', (_request: unknown, response: unknown) => {
      new Logger('Probe').warn('logged while answering');
      (response as ServerResponse).end();
    });
    app.getHttpAdapter().post('/test-only/log-while-answering', (_request: unknown, response: unknown) => {
      new Logger('Probe').warn('logged while answering a body');
      (response as ServerResponse).end();
    });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    dir.remove();
  });

  it('every line is JSON with a level word, an ISO 8601 UTC time and a message; Nest\'s own loggers carry their context', () => {
    const lines = log.lines();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toEqual(expect.objectContaining({ level: expect.stringMatching(/^(trace|debug|info|warn|error|fatal)$/), msg: expect.any(String) }));
      expect(line.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', context: 'Departments', msg: 'registered 28 A13 pilot departments' }));
  });

  it('a request gets a new UUID v7, echoed in X-Request-Id, and exactly one line with method, route, path, status and duration', async () => {
    const response = await http().get('/departments').set(office).expect(200);
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(UUID_V7);
    const lines = log.forRequest(id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({ level: 'info', time: expect.any(String), requestId: id, method: 'GET', route: '/departments', path: '/departments', status: 200, durationMs: expect.any(Number), msg: expect.stringMatching(/^GET \/departments 200 \d+ ms$/) });
  });

  it('a safe incoming X-Request-Id is kept and echoed; an unsafe one is replaced by a new id', async () => {
    const kept = await http().get('/departments').set(office).set('X-Request-Id', 'proxy-42.a').expect(200);
    expect(kept.headers['x-request-id']).toBe('proxy-42.a');
    expect(log.forRequest('proxy-42.a')).toHaveLength(1);

    const unsafe = 'evil"} {"level":"fatal';
    const replaced = await http().get('/departments').set(office).set('X-Request-Id', unsafe).expect(200);
    expect(replaced.headers['x-request-id']).toMatch(UUID_V7);
    expect(log.forRequest(replaced.headers['x-request-id'] as string)).toHaveLength(1);
    expect(log.text).not.toContain('evil');
  });

  it('X-Request-Id is declared in the OpenAPI document', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
    expect(doc.paths['/departments']!.get!.parameters).toContainEqual(expect.objectContaining({ name: 'X-Request-Id', in: 'header' }));
  });

  it('what a Nest logger writes while a request is answered carries that request\'s id', async () => {
    const response = await http().get('/test-only/log-while-answering').set('X-Request-Id', 'probe-1').expect(200);
    expect(response.headers['x-request-id']).toBe('probe-1');
    expect(log.lines().filter((line) => line.requestId === 'probe-1')).toEqual([
      expect.objectContaining({ level: 'warn', context: 'Probe', msg: 'logged while answering' }),
      expect.objectContaining({ level: 'info', path: '/test-only/log-while-answering', status: 200 }),
    ]);
  });

  it('…also when its body arrives after the headers (reading the body keeps the request\'s logging context)', async () => {
    const server = app.getHttpServer() as Server;
    if (server.address() === null) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const body = JSON.stringify({ note: 'a body sent late' });
    const status = await new Promise<number>((resolve, reject) => {
      const sent = httpRequest({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, method: 'POST', path: '/test-only/log-while-answering',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Request-Id': 'probe-2' } }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      sent.on('error', reject);
      sent.flushHeaders();
      setTimeout(() => sent.end(body), 100);
    });
    expect(status).toBe(200);
    expect(log.lines().filter((line) => line.requestId === 'probe-2')).toEqual([
      expect.objectContaining({ level: 'warn', context: 'Probe', msg: 'logged while answering a body' }),
      expect.objectContaining({ level: 'info', method: 'POST', status: 200 }),
    ]);
  });

  it('a request refused before any route (a bad bearer token, 401) is logged with its id too', async () => {
    const response = await http().get('/departments').set('Authorization', 'Bearer not-a-token').expect(401);
    expect(log.forRequest(response.headers['x-request-id'] as string)).toEqual([expect.objectContaining({ method: 'GET', path: '/departments', status: 401 })]);
  });

  it('never logs the Authorization header, the body, an identity number, a name, X-Purpose or the query string (A28)', async () => {
    const token = housing.Authorization.slice('Bearer '.length);
    const registered = await http().post('/subjects').set(housing).send({ kind: 'person', identityNumber: IDENTITY_NUMBER, fullName: FULL_NAME }).expect(201);
    const subjectId = registered.body.subjectId as string;
    await http().post('/subjects/lookup').set(housing).send({ identityNumber: IDENTITY_NUMBER });
    await http().get(`/subjects/${subjectId}/personal-data`).set(housing).set('X-Purpose', encodeURIComponent(PURPOSE));
    await http().get(`/subjects/${subjectId}/personal-data?purpose=${encodeURIComponent(PURPOSE)}`).set(housing);
    await http().get(`/subjects/${IDENTITY_NUMBER}/status`).set(housing);

    const text = log.text;
    for (const secret of [token, 'Bearer', IDENTITY_NUMBER, FULL_NAME, PURPOSE, encodeURIComponent(PURPOSE), 'purpose=', 'identityNumber', 'fullName'])
      expect(text).not.toContain(secret);
    // The pseudonymous subject id in a path is fine, and says which record a request was about.
    expect(log.lines()).toContainEqual(expect.objectContaining({ route: '/subjects/:id/personal-data', path: `/subjects/${subjectId}/personal-data` }));
    expect(log.lines()).toContainEqual(expect.objectContaining({ route: '/subjects/:id/status', path: '/subjects/*/status' }));
  });
});
