import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';

export const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, messageZh: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
};

const BAD_INPUT = 'VALIDATION_FAILED (details name the field and the rule; X-Min-Position: rule POSITION) / 输入不合规（指明字段与规则）';

/** Documents a command's error answers: 400 bad input, 403 role, 404 unknown ids, 409 conflicts, 422 with the domain codes of the rules it enforces. */
export function ApiCommandErrors(...domainCodes: string[]) {
  return applyDecorators(
    // The headers every command reads (src/http/command-headers.ts), declared where they are read.
    ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–128 characters of [A-Za-z0-9._:-]: the same key with the same request answers the first result again (replayed); with another request 409 / 幂等键', schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$' } }),
    ApiHeader({ name: 'If-Match', required: false, description: 'the stream revision the client last saw (the ETag of an earlier answer): 409 WRONG_EXPECTED_REVISION if the stream moved on; without it a conflict is retried / 乐观并发版本', schema: { type: 'string' } }),
    ApiResponse({ status: 400, description: 'VALIDATION_FAILED, MALFORMED_JSON, PAYLOAD_TOO_LARGE (rule MAX_BODY_BYTES, 256 KiB), input limits (JSON_DEPTH 16, JSON_NODES 1000, STRING_LENGTH, FINITE_NUMBER, TEXT_* rules; docs/api.md "Input limits"): bad input, naming field and rule / 输入不合规（指明字段与规则）', schema: ERROR_SCHEMA }),
    // A route's own 403 (who may act) is merged with this one by @nestjs/swagger.
    ApiResponse({ status: 403, description: 'FORBIDDEN: the acting user\'s role may not do this / 无权执行此操作', schema: ERROR_SCHEMA }),
    ApiResponse({ status: 404, description: 'SUBJECT_NOT_REGISTERED, *_NOT_FOUND: unknown id / 资源不存在', schema: ERROR_SCHEMA }),
    ApiResponse({ status: 409, description: 'WRONG_EXPECTED_REVISION (If-Match), IDEMPOTENCY_KEY_REUSED / 并发或幂等冲突', schema: ERROR_SCHEMA }),
    ApiResponse({ status: 422, description: `a rule of the measure refuses it / 不符合《实施办法》: ${domainCodes.join(', ') || 'none besides the above / 无'}`, schema: ERROR_SCHEMA }),
    ApiResponse({ status: 503, description: 'STORAGE_UNAVAILABLE: the disk is full or failing (details.reason: SQLITE_FULL, ENOSPC…); STORAGE_BUSY: a store is locked by another connection; nothing was written, retry later / 存储暂不可用，未写入; APPEND_OUTCOME_UNKNOWN (EventStoreDB): sent, the answer lost and not resolvable now — the events may have been written; retry with the same Idempotency-Key / 结果未知，用同一幂等键重试', schema: ERROR_SCHEMA }),
  );
}

/** What a query can answer besides 200. */
export interface QueryErrorDocs {
  /** The query's own fields and rules, added to 400 VALIDATION_FAILED. */
  readonly invalid?: string;
  /** Who may ask, documented as 403 FORBIDDEN. */
  readonly forbidden?: string;
  /** 404 codes with their meaning, e.g. 'SUBJECT_NOT_REGISTERED: no such subject / 主体不存在'. */
  readonly notFound?: string;
  /** 422 codes, when a rule of the measure can refuse the question itself. */
  readonly refused?: string;
  /** Answered from the views: with X-Min-Position, 503 VIEWS_LAGGING once the 2 s wait is over. */
  readonly views?: boolean;
}

/** Documents a query's error answers (400 always: the X-Min-Position header is checked on every route). */
export function ApiQueryErrors(docs: QueryErrorDocs = {}) {
  const decorators = [
    ApiResponse({ status: 400, description: docs.invalid ? `${BAD_INPUT}: ${docs.invalid}` : BAD_INPUT, schema: ERROR_SCHEMA }),
    ...(docs.forbidden ? [ApiResponse({ status: 403, description: `FORBIDDEN: ${docs.forbidden}`, schema: ERROR_SCHEMA })] : []),
    ...(docs.notFound ? [ApiResponse({ status: 404, description: docs.notFound, schema: ERROR_SCHEMA })] : []),
    ...(docs.refused ? [ApiResponse({ status: 422, description: docs.refused, schema: ERROR_SCHEMA })] : []),
    ...(docs.views
      ? [ApiResponse({ status: 503, description: 'VIEWS_LAGGING: X-Min-Position (at most the log head, else 400 POSITION_AHEAD_OF_LOG) was not reached within 2 s; details.lag per projection / 查询视图尚未追上所需位置', schema: ERROR_SCHEMA })]
      : []),
  ];
  return applyDecorators(...decorators);
}
