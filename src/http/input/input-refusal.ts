import { HttpException } from '@nestjs/common';
import { errorBody, type ErrorBody } from '../error-body.js';
import type { InputProblem } from './input-limits.js';

/** The 400 of an input limit or text rule: VALIDATION_FAILED naming the field (JSON path or header) and the rule, in English and Chinese. */
export function inputRefusalBody(problem: InputProblem): ErrorBody {
  const messageZh = `字段 ${problem.field}：不符合输入规则（${problem.rule}）`;
  const body = errorBody(400, 'VALIDATION_FAILED', `${problem.field}: ${problem.message}`, {
    field: problem.field, rule: problem.rule, problems: [{ ...problem, messageZh }],
  });
  return { ...body, messageZh: `${body.messageZh}：${messageZh}` };
}

export function inputRefusal(problem: InputProblem): HttpException {
  return new HttpException(inputRefusalBody(problem), 400);
}
