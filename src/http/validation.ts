import { HttpException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { errorBody } from './error-body.js';

/**
 * Chinese templates for class-validator's constraint names (bilingual errors, api.md); the English
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

interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
  readonly messageZh: string;
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message, messageZh: constraintMessageZh(field, rule, message) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** DTO validation: unknown fields refused, types transformed; a 400 names every field and rule, in English and Chinese. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
      const body = errorBody(400, 'VALIDATION_FAILED', summary, { problems });
      return new HttpException({ ...body, messageZh: `${body.messageZh}：${problems.map((p) => p.messageZh).join('；')}` }, 400);
    },
  });
}
