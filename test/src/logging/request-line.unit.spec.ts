import { describe, it, expect } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdFor } from '../../../src/logging/request-id.js';
import { requestLevel, requestLine, requestMessage } from '../../../src/logging/request-line.js';

const request = (url: string, route?: string) => ({ method: 'GET', url, originalUrl: url, ...(route ? { route: { path: route } } : {}) }) as unknown as IncomingMessage;
const response = (statusCode: number, writableEnded = true) => ({ statusCode, writableEnded }) as unknown as ServerResponse;

describe('requestIdFor: the caller\'s X-Request-Id when it is a short opaque token, else a new UUID v7', () => {
  const fresh = () => 'generated';
  it.each(['abc-123', '01a24d74-4262-73ec-954a-99b5b21a69f7', 'Root.1:2_3', 'x'.repeat(64)])('keeps %s', (id) => {
    expect(requestIdFor(id, fresh)).toBe(id);
  });
  it.each([['empty', ''], ['too long', 'x'.repeat(65)], ['a space', 'bad id'], ['a newline', 'a\nb'], ['a quote', 'a"b'], ['non-ASCII', 'ид'], ['two headers', ['a', 'b']], ['none', undefined]])('replaces %s', (_case, id) => {
    expect(requestIdFor(id, fresh)).toBe('generated');
  });
  it('generates UUID v7 by default', () => {
    expect(requestIdFor(undefined)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('requestLine: method, route, path without the query, status, duration', () => {
  it('drops the query string (it may carry the free text of an A28 purpose)', () => {
    const line = requestLine(request('/subjects/p-1/personal-data?purpose=%E8%A1%8C%E6%94%BF', '/subjects/:id/personal-data'), response(200), 7);
    expect(line).toEqual({ method: 'GET', route: '/subjects/:id/personal-data', path: '/subjects/p-1/personal-data', status: 200, durationMs: 7 });
    expect(requestMessage(line)).toBe('GET /subjects/p-1/personal-data 200 7 ms');
  });

  it('masks a path segment shaped like a resident identity number (18 or 15 characters), keeps other ids', () => {
    expect(requestLine(request('/subjects/32058319900101123X/status'), response(404), 1).path).toBe('/subjects/*/status');
    expect(requestLine(request('/x/320583900101123'), response(404), 1).path).toBe('/x/*');
    expect(requestLine(request('/subjects/91320583722291823U/status'), response(200), 1).path).toBe('/subjects/91320583722291823U/status');
  });

  it('names no route when none matched, cuts a very long path, and says when the client went away', () => {
    const line = requestLine(request(`/${'a'.repeat(300)}`), response(200, false), 3);
    expect(line.route).toBeUndefined();
    expect(line.path).toHaveLength(201);
    expect(line.aborted).toBe(true);
    expect(requestMessage(line)).toMatch(/ 200 3 ms \(aborted by the client\)$/);
  });
});

describe('requestLevel', () => {
  it('5xx and failures are errors, 4xx info, successful probes debug', () => {
    expect(requestLevel(request('/subjects'), response(500), undefined)).toBe('error');
    expect(requestLevel(request('/subjects'), response(200), new Error('x'))).toBe('error');
    expect(requestLevel(request('/subjects'), response(404), undefined)).toBe('info');
    expect(requestLevel(request('/health'), response(200), undefined)).toBe('debug');
    expect(requestLevel(request('/health/ready?x=1'), response(200), undefined)).toBe('debug');
    expect(requestLevel(request('/health/ready'), response(503), undefined)).toBe('error');
  });
});
