import { Catch, HttpException, Inject, Logger, Optional, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, InvalidInputError, MissingRecordError } from '../../domain/kernel/domain-error.js';
import {
  AppendOutcomeUnknown, EventStoreError, EventStoreUnavailable, IdempotencyConflict, InvalidAppend, StorageUnavailable, WrongExpectedRevision,
} from '../event-store/errors.js';
import { InvalidViewQuery } from '../view-store/errors.js';
import { storageBusyCode, storageFaultCode } from '../shared/storage-fault.js';
import { StorageHealth } from '../storage/storage-health.js';
import { errorBody, type ErrorBody } from './error-body.js';

/** The store's errors by class (src/event-store/errors.ts); any other store error is a 500. */
const STORE_STATUS: readonly (readonly [abstract new (...args: never[]) => EventStoreError, number])[] = [
  [WrongExpectedRevision, 409],
  [IdempotencyConflict, 409],
  [InvalidAppend, 400],
  [EventStoreUnavailable, 503],
  [StorageUnavailable, 503],
  // Issue 14: sent, answer lost, not resolvable now; retrying with the same Idempotency-Key is safe.
  [AppendOutcomeUnknown, 503],
];

/** Issue 13: the log does not match its Merkle tree; by code, since the class is lost crossing from the writer thread. */
const LEDGER_CODES: ReadonlySet<string> = new Set(['LEDGER_INCONSISTENT', 'LEDGER_TREE_NODE_MISSING']);

function storeStatus(error: EventStoreError): number {
  if (LEDGER_CODES.has(error.code)) return 503;
  return STORE_STATUS.find(([type]) => error instanceof type)?.[1] ?? 500;
}

/** The JSON body limit of create-app.ts (256 KiB), reported when the parser does not say. */
export const MAX_BODY_BYTES = 262_144;

/** An oversized body is bad input (issue 4): 400 naming the field and the rule, not 413. */
function tooLarge(limit: number | undefined): ErrorBody {
  const bytes = limit ?? MAX_BODY_BYTES;
  return errorBody(400, 'PAYLOAD_TOO_LARGE', `body: must be at most ${bytes} bytes (MAX_BODY_BYTES)`, { field: 'body', rule: 'MAX_BODY_BYTES', limit: bytes });
}

/** By class: bad data → 400; an unknown record → 404; a rule of the measure refuses → 422 (docs/api.md). */
function domainStatus(error: DomainError): number {
  if (error instanceof InvalidInputError) return 400;
  if (error instanceof MissingRecordError) return 404;
  return 422;
}

/** The one place errors become HTTP answers: `{ statusCode, code, message, messageZh, details }`, never a stack. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Optional() @Inject(StorageHealth) private readonly storage?: StorageHealth) {}

  catch(error: unknown, host: ArgumentsHost): void {
    // A full or failing disk under any store (personal data, views…) takes the service out of readiness
    // too; the event store's own faults arrive as StorageUnavailable, already noted where they happened.
    if (!(error instanceof StorageUnavailable)) this.storage?.noteFailure(error);
    const body = this.toBody(error);
    if (body.statusCode >= 500) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }

  private toBody(error: unknown): ErrorBody {
    if (error instanceof DomainError) {
      const body = errorBody(domainStatus(error), error.code, error.message, { ...error.details, ...(error.article ? { article: error.article } : {}) });
      const { field, rule } = error.details as { field?: string; rule?: string };
      // A domain check of bad data (a USCC check character, a date that does not exist) names field and rule in Chinese too.
      return error instanceof InvalidInputError && field ? { ...body, messageZh: `请求参数不符合规则：字段 ${field}（${rule ?? '规则'}）` } : body;
    }
    if (error instanceof EventStoreError) return errorBody(storeStatus(error), error.code, error.message, error.details);
    if (error instanceof InvalidViewQuery) return errorBody(400, error.code, error.message, { field: error.field, rule: error.rule });
    if (error instanceof HttpException) {
      const response = error.getResponse();
      if (typeof response === 'object' && response !== null && 'code' in response) return response as ErrorBody;
      const status = error.getStatus();
      if (status === 413) return tooLarge(undefined);
      const parser = (error.cause as { type?: string } | undefined)?.type;
      if (status === 400 && (parser === 'entity.parse.failed' || /JSON/.test(error.message)))
        return errorBody(400, 'MALFORMED_JSON', 'the request body is not valid JSON', { rule: 'JSON' });
      // The body parser could not read the body (an unknown Content-Encoding, a gzip/deflate/br body that
      // does not decompress): a rule, never the parser's or zlib's own words (issue 10).
      const cause = error.cause as { type?: unknown; errno?: unknown } | undefined;
      if (status === 415 && cause?.type === 'encoding.unsupported')
        return errorBody(415, 'UNSUPPORTED_CONTENT_ENCODING', 'body: the Content-Encoding must be identity, gzip, deflate or br', { field: 'body', rule: 'CONTENT_ENCODING' });
      if (status === 415 && cause?.type === 'charset.unsupported')
        return errorBody(415, 'UNSUPPORTED_CHARSET', 'body: the charset must be utf-8', { field: 'body', rule: 'CHARSET' });
      if (status === 400 && (typeof cause?.type === 'string' || typeof cause?.errno === 'number'))
        return errorBody(400, 'MALFORMED_BODY', 'body: the request body could not be read as declared (Content-Encoding, Content-Length)', { field: 'body', rule: 'BODY_READABLE' });
      // Express could not percent-decode a path segment (`%`, `%E8%A1`): bad input naming the rule (issue 10).
      if (status === 400 && error.message.startsWith('Failed to decode param'))
        return errorBody(400, 'VALIDATION_FAILED', 'path: a path parameter is not percent-encoded UTF-8', { field: 'path', rule: 'PERCENT_ENCODING' });
      return errorBody(status, status === 404 ? 'NOT_FOUND' : `HTTP_${status}`, error.message);
    }
    const parserType = (error as { type?: string })?.type;
    if (parserType === 'entity.parse.failed') return errorBody(400, 'MALFORMED_JSON', 'the request body is not valid JSON', { rule: 'JSON' });
    if (parserType === 'entity.too.large') return tooLarge((error as { limit?: number }).limit);
    const storageFault = storageFaultCode(error);
    if (storageFault !== null)
      return errorBody(503, 'STORAGE_UNAVAILABLE', `the store cannot write (${storageFault}): retry once the storage is repaired`, { reason: storageFault });
    const busy = storageBusyCode(error);
    if (busy !== null) return errorBody(503, 'STORAGE_BUSY', `a store is locked by another connection (${busy}): retry shortly`, { reason: busy });
    return errorBody(500, 'INTERNAL_ERROR', 'internal error');
  }
}
