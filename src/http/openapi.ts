import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, messageZh: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
};

/** Documents a command's error answers: 400 bad input, 409 conflicts, 422 with the domain codes of the rules it enforces. */
export function ApiCommandErrors(...domainCodes: string[]) {
  return applyDecorators(
    ApiResponse({ status: 400, description: 'VALIDATION_FAILED, MALFORMED_JSON: bad input, naming field and rule / 输入不合规', schema: ERROR_SCHEMA }),
    ApiResponse({ status: 404, description: 'SUBJECT_NOT_REGISTERED, *_NOT_FOUND: unknown id / 资源不存在', schema: ERROR_SCHEMA }),
    ApiResponse({ status: 409, description: 'WRONG_EXPECTED_REVISION (If-Match), IDEMPOTENCY_KEY_REUSED / 并发或幂等冲突', schema: ERROR_SCHEMA }),
    ApiResponse({ status: 413, description: 'PAYLOAD_TOO_LARGE', schema: ERROR_SCHEMA }),
    ApiResponse({ status: 422, description: `a rule of the measure refuses it / 不符合《实施办法》: ${domainCodes.join(', ') || '—'}`, schema: ERROR_SCHEMA }),
  );
}
