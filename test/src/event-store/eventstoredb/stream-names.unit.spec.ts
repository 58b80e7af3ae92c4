import { describe, it, expect } from '@jest/globals';
import { DEFAULT_STREAM_CATEGORIES, StreamNames } from '../../../../src/event-store/eventstoredb/mapping/stream-names.js';
import { EVENTSTORE_URL_PATTERN, toClientConnectionString } from '../../../../src/event-store/eventstoredb/mapping/connection-string.js';

describe('stream names ↔ EventStoreDB streams', () => {
  it('filters $all on our categories by default', () => {
    expect(DEFAULT_STREAM_CATEGORIES).toEqual(['subject', 'agency', 'department', 'access']);
    expect(new StreamNames().prefixes).toEqual(['subject-', 'agency-', 'department-', 'access-']);
  });

  it('prefixes physical names with the namespace and strips it on read', () => {
    const names = new StreamNames('run1.', ['thing']);
    expect(names.physical('thing-abc')).toBe('run1.thing-abc');
    expect(names.logical('run1.thing-abc')).toBe('thing-abc');
    expect(names.prefixes).toEqual(['run1.thing-']);
  });

  it('does not claim streams outside our prefixes (system, other runs, idempotency records)', () => {
    const names = new StreamNames('run1.', ['thing']);
    expect(names.logical('$stats-127.0.0.1:2113')).toBeNull();
    expect(names.logical('run2.thing-abc')).toBeNull();
    expect(names.logical(names.idempotency('key-1'))).toBeNull();
  });

  it('keeps one stream per idempotency key, named by the key’s SHA-256', () => {
    expect(new StreamNames().idempotency('key-1')).toMatch(/^idempotency-[0-9a-f]{64}$/);
    expect(new StreamNames('run1.').idempotency('key-1')).toBe(`run1.${new StreamNames().idempotency('key-1')}`);
  });

  it('refuses a namespace with characters outside [A-Za-z0-9._-]', () => {
    expect(() => new StreamNames('a b')).toThrow(RangeError);
  });
});

describe('EVENTSTORE_URL → the client’s connection string', () => {
  it('adds a short default deadline unless the URL sets one', () => {
    expect(toClientConnectionString('esdb://localhost:2113?tls=false', 2000)).toBe('esdb://localhost:2113?tls=false&defaultDeadline=2000');
    expect(toClientConnectionString('esdb://localhost:2113', 1500)).toBe('esdb://localhost:2113?defaultDeadline=1500');
    expect(toClientConnectionString('esdb://localhost:2113?defaultDeadline=500', 2000)).toBe('esdb://localhost:2113?defaultDeadline=500');
  });

  it('takes KurrentDB’s scheme as the same format', () => {
    expect(toClientConnectionString('kurrentdb://db1:2113?tls=false&defaultDeadline=900', 2000)).toBe('esdb://db1:2113?tls=false&defaultDeadline=900');
    expect(toClientConnectionString('kurrentdb+discover://cluster.local:2113', 2000)).toBe('esdb+discover://cluster.local:2113?defaultDeadline=2000');
  });

  it('refuses anything that is not an esdb:// or kurrentdb:// connection string', () => {
    expect(EVENTSTORE_URL_PATTERN.test('http://localhost:2113')).toBe(false);
    expect(() => toClientConnectionString('mongodb://localhost', 2000)).toThrow(RangeError);
  });
});
