/** The error body of docs/api.md: a stable English `code`, a message in English and Chinese, details. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
  readonly details: Record<string, unknown>;
}

/** Chinese labels of the generic codes; domain refusals carry their own English message. */
const ZH: Record<string, string> = {
  VALIDATION_FAILED: '请求参数不符合规则',
  MALFORMED_JSON: '请求体不是合法的 JSON',
  PAYLOAD_TOO_LARGE: '请求体过大',
  MALFORMED_BODY: '请求体无法按声明的编码读取',
  STORAGE_BUSY: '存储正被其他连接锁定，请稍后重试',
  UNSUPPORTED_CONTENT_ENCODING: '不支持的请求体编码（Content-Encoding）',
  UNSUPPORTED_CHARSET: '不支持的字符集，请使用 UTF-8',
  NOT_FOUND: '资源不存在',
  WRONG_EXPECTED_REVISION: '并发冲突：记录已被修改，请重新读取后再提交',
  IDEMPOTENCY_KEY_REUSED: '幂等键已用于另一个不同的请求',
  INVALID_APPEND: '写入请求不符合事件存储规则',
  INVALID_VIEW_QUERY: '查询参数不符合规则',
  VIEWS_LAGGING: '查询视图尚未追上所需位置，请稍后重试',
  EVENT_STORE_UNAVAILABLE: '事件存储暂不可用',
  APPEND_OUTCOME_UNKNOWN: '写入已发出但结果未知（事件可能已写入）；使用同一 Idempotency-Key 重试是安全的',
  LEDGER_SIGNER_ELSEWHERE: '树头由持有签发租约的另一实例签发，请向该实例请求或稍后重试',
  STORAGE_UNAVAILABLE: '存储暂不可用（磁盘已满或读写错误），未写入任何内容，请稍后重试',
  INTERNAL_ERROR: '服务器内部错误',
  UNAUTHORIZED: '未认证',
  FORBIDDEN: '无权执行此操作',
  DEPARTMENT_NOT_REGISTERED: '令牌所属部门未在部门名录中登记，无权执行此操作',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  HEADERS_TOO_LARGE: '请求行与请求头过大',
  REQUEST_TIMEOUT: '请求接收超时',
  MALFORMED_REQUEST: '请求不是合法的 HTTP 请求',
  CONSOLE_NOT_BUILT: '网页控制台尚未构建，请先运行 npm run build',
  DEV_SIGN_IN_OFF: '开发用一键登录已关闭，请粘贴身份提供方签发的令牌',
};

import { DOMAIN_MESSAGES_ZH } from './domain-messages-zh.js';

export function errorBody(statusCode: number, code: string, message: string, details: Record<string, unknown> = {}): ErrorBody {
  return { statusCode, code, message, messageZh: ZH[code] ?? DOMAIN_MESSAGES_ZH[code] ?? (statusCode === 422 ? `不符合《实施办法》规定：${message}` : message), details };
}
