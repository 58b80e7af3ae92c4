import { describe, it, expect } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { ApiExceptionFilter } from '../../../src/http/api-exception.filter.js';
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
