import { describe, it, expect } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { ApiExceptionFilter } from '../../../src/http/api-exception.filter.js';
import { DomainError, InvalidInputError } from '../../../domain/kernel/domain-error.js';
import { EventStoreError, EventStoreUnavailable, IdempotencyConflict, InvalidAppend, StorageUnavailable, UnknownEventType, WrongExpectedRevision } from '../../../src/event-store/errors.js';
import { AgencyNotFoundError, PersonalDataNotFoundError, UnknownSubjectError } from '../../../src/http/not-found.errors.js';

/** A fake response that keeps what the filter sends. */
function capture() {
  const sent: { status?: number; body?: unknown } = {};
  const response = { status: (code: number) => ((sent.status = code), response), json: (body: unknown) => ((sent.body = body), response) };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  return { sent, host };
}

/** Issue 5: no stack trace, no internal message, in any error answer. */
describe('the exception filter on an unexpected error', () => {
  it('answers 500 INTERNAL_ERROR with the api error body and neither the stack nor the error\'s own message', () => {
    const filter = new ApiExceptionFilter();
    (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined }; // the stack goes to the log only
    const { sent, host } = capture();
    const error = new Error('SQLITE_CORRUPT at /var/lib/ledger/personal-data.sqlite: 张三 11010519491231002X');
    filter.catch(error, host);
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'internal error', messageZh: '服务器内部错误', details: {} });
    const text = JSON.stringify(sent.body);
    expect(text).not.toContain('at ');
    expect(text).not.toContain(error.stack!.split('\n')[1]!.trim());
    expect(text).not.toMatch(/SQLITE|personal-data|张三|11010519491231002X/);
  });

  it('a thrown non-Error value is a 500 without detail too', () => {
    const filter = new ApiExceptionFilter();
    (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
    const { sent, host } = capture();
    filter.catch({ stack: 'Error: x\n    at secret (/srv/app.js:1:1)' }, host);
    expect(sent).toEqual({ status: 500, body: expect.objectContaining({ code: 'INTERNAL_ERROR', details: {} }) });
    expect(JSON.stringify(sent.body)).not.toContain('/srv/app.js');
  });
});

/** Issue 11: the HTTP layer's unknown resources are classes the filter maps to 404, not bodies built inline. */
describe('the exception filter on an unknown resource the HTTP layer looked up', () => {
  it.each([
    ['A20: an agency nobody filed', new AgencyNotFoundError('AG-404'), 'AGENCY_NOT_FOUND', { agencyId: 'AG-404' }],
    ['A4: a subject never registered', new UnknownSubjectError('91110000600037341L'), 'SUBJECT_NOT_REGISTERED', { subjectId: '91110000600037341L' }],
    ['A28: no personal data held', new PersonalDataNotFoundError('91110000600037341L'), 'PERSONAL_DATA_NOT_FOUND', { subjectId: '91110000600037341L', article: 'A28' }],
  ])('%s answers 404 with its code and details', (_, error, code, details) => {
    const { sent, host } = capture();
    new ApiExceptionFilter().catch(error, host);
    expect(sent.status).toBe(404);
    expect(sent.body).toMatchObject({ statusCode: 404, code, details });
  });
});

/** Issue 11: errors become HTTP answers by their class, never by the text of their code. */
describe('the exception filter maps domain and store errors by class', () => {
  const quiet = () => {
    const filter = new ApiExceptionFilter();
    (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
    return filter;
  };

  it('A4: an InvalidInputError is 400 VALIDATION_FAILED naming field and rule, in Chinese too', () => {
    const { sent, host } = capture();
    quiet().catch(new InvalidInputError('uscc', 'USCC_CHECK_CHARACTER', 'the check character does not match', {}, 'GB 32100-2015'), host);
    expect(sent.status).toBe(400);
    expect(sent.body).toMatchObject({
      statusCode: 400, code: 'VALIDATION_FAILED', messageZh: '请求参数不符合规则：字段 uscc（USCC_CHECK_CHARACTER）',
      details: { field: 'uscc', rule: 'USCC_CHECK_CHARACTER', article: 'GB 32100-2015' },
    });
  });

  it('a DomainError that is not an InvalidInputError is a rule\'s refusal, 422, whatever its code reads (the class decides)', () => {
    const { sent, host } = capture();
    quiet().catch(new DomainError('VALIDATION_FAILED', 'a rule refuses', { field: 'x', rule: 'R' }, 'A9'), host);
    expect(sent.status).toBe(422);
    expect(sent.body).toMatchObject({ statusCode: 422, code: 'VALIDATION_FAILED', details: { field: 'x', rule: 'R', article: 'A9' } });
  });

  it.each([
    ['WrongExpectedRevision', new WrongExpectedRevision('subject-1', 2, 3), 409, 'WRONG_EXPECTED_REVISION', { stream: 'subject-1', expected: 2, actual: 3 }],
    ['IdempotencyConflict', new IdempotencyConflict('key-12345678'), 409, 'IDEMPOTENCY_KEY_REUSED', { key: 'key-12345678' }],
    ['InvalidAppend', new InvalidAppend('events', 'NON_EMPTY', 'at least one event'), 400, 'INVALID_APPEND', { field: 'events', rule: 'NON_EMPTY' }],
    ['EventStoreUnavailable', new EventStoreUnavailable('EventStoreDB at esdb:2113 is not answering'), 503, 'EVENT_STORE_UNAVAILABLE', {}],
    ['StorageUnavailable', new StorageUnavailable('SQLITE_FULL'), 503, 'STORAGE_UNAVAILABLE', { reason: 'SQLITE_FULL' }],
    ['UnknownEventType (the log is unreadable)', new UnknownEventType('Mystery'), 500, 'UNKNOWN_EVENT_TYPE', { type: 'Mystery' }],
    ['a plain EventStoreError, whatever its code says', new EventStoreError('WRONG_EXPECTED_REVISION', 'rebuilt from elsewhere'), 500, 'WRONG_EXPECTED_REVISION', {}],
  ])('%s: its status, code and details', (_, error, status, code, details) => {
    const { sent, host } = capture();
    quiet().catch(error, host);
    expect(sent.status).toBe(status);
    expect(sent.body).toMatchObject({ statusCode: status, code, details });
  });
});
