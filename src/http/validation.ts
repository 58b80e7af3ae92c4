import { HttpException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { errorBody } from './error-body.js';
import { INPUT_LIMITS } from './input/input-limits.js';

/**
 * Chinese templates for class-validator's constraint names (bilingual errors, docs/api.md); the English
 * message and the stable rule name are always returned beside them.
 */
const CONSTRAINTS_ZH: Readonly<Record<string, string>> = {
  isString: '必须是字符串',
  isInt: '必须是整数',
  isNumber: '必须是数字',
  isPositive: '必须是正数',
  isIn: '必须是以下值之一',
  isEnum: '必须是以下值之一',
  isLength: '长度不符合要求',
  minLength: '长度不符合要求',
  maxLength: '长度不符合要求',
  matches: '格式不正确',
  whitelistValidation: '不允许的字段',
  forbidNonWhitelisted: '不允许的字段',
  isBoolean: '必须是布尔值（true 或 false）',
  isDateString: '必须是 ISO-8601 日期或时间',
  isIso8601: '必须是 ISO-8601 日期或时间',
  isISO8601: '必须是 ISO-8601 日期或时间',
  min: '不得小于最小值',
  max: '不得大于最大值',
  isNotEmpty: '不能为空',
  isDefined: '必须填写',
  isObject: '必须是对象',
  isNotEmptyObject: '不能是空对象',
  isArray: '必须是数组',
  arrayNotEmpty: '不能是空数组',
  arrayMinSize: '数组元素过少',
  arrayMaxSize: '数组元素过多',
  arrayUnique: '数组元素不能重复',
  isUuid: '必须是 UUID',
  isUUID: '必须是 UUID',
  nestedValidation: '嵌套对象不符合要求',
  equals: '取值不符合要求',
};

const FALLBACK_ZH = '不符合规则';

/** The Chinese message for one field problem: `字段 <field>：<template>`, with the allowed values of isIn/isEnum. */
export function constraintMessageZh(field: string, rule: string, message: string): string {
  const template = CONSTRAINTS_ZH[rule] ?? FALLBACK_ZH;
  // class-validator names the allowed values only in its English message ("…following values: a, b").
  const allowed = rule === 'isIn' || rule === 'isEnum' ? /following values: (.+)$/.exec(message)?.[1] : undefined;
  const values = allowed ? `：${allowed}` : '';
  return `字段 ${field}：${template}${values}`;
}

export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
  readonly messageZh: string;
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // A missing field is one problem, REQUIRED, not every rule its absent value also breaks (issue 11).
    if ((error.value === undefined || error.value === null) && Object.keys(error.constraints ?? {}).length > 0 && !('whitelistValidation' in (error.constraints ?? {})))
      return [{ field, rule: 'REQUIRED', message: 'is required', messageZh: `字段 ${field}：必须填写` }];
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message, messageZh: constraintMessageZh(field, rule, message) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const cap = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Issue 10: the answer stays small however many problems a body has: the first
 * INPUT_LIMITS.maxProblemsListed problems, the count of the rest, and a capped summary.
 */
export function validationRefusal(all: readonly FieldProblem[]): HttpException {
  const { maxProblemsListed, maxSummaryLength } = INPUT_LIMITS;
  const problems = all.slice(0, maxProblemsListed).map((p) => ({ ...p, message: cap(p.message, 500), messageZh: cap(p.messageZh, 500) }));
  const moreProblems = all.length - problems.length;
  const more = moreProblems > 0 ? ` (and ${moreProblems} more)` : '';
  const summary = cap(problems.map((p) => `${p.field}: ${p.message}`).join('; '), maxSummaryLength) + more;
  const body = errorBody(400, 'VALIDATION_FAILED', summary, { problems, ...(moreProblems > 0 ? { moreProblems } : {}) });
  const summaryZh = cap(problems.map((p) => p.messageZh).join('；'), maxSummaryLength) + (moreProblems > 0 ? `（另有 ${moreProblems} 项）` : '');
  return new HttpException({ ...body, messageZh: `${body.messageZh}：${summaryZh}` }, 400);
}

/** DTO validation: unknown fields refused, types transformed; a 400 names every field and rule, in English and Chinese. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationRefusal(flatten(errors)),
  });
}
