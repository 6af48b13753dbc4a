/**
 * Every error the API can answer with: a stable code, its HTTP status, and the message a person reads
 * in each locale. Add new codes here; nothing else maps errors to statuses.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请检查标出的字段。', en: 'Some fields are invalid; please check them.' },
  MALFORMED_JSON: { status: 400, zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  BAD_REQUEST: { status: 400, zh: '请求无法处理。', en: 'The request could not be processed.' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'Please sign in first.' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { status: 404, zh: '未找到该记录。', en: 'The record was not found.' },
  ROUTE_NOT_FOUND: { status: 404, zh: '请求的地址不存在。', en: 'No such address.' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '该地址不支持此请求方法。', en: 'This method is not allowed here.' },
  CONFLICT: { status: 409, zh: '操作与当前数据冲突。', en: 'The change conflicts with the current data.' },
  VERSION_CONFLICT: { status: 409, zh: '该记录已被他人修改，请刷新后重试。', en: 'Someone else changed this record; reload and try again.' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大。', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型。', en: 'This content type is not supported.' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试。', en: 'Too many requests; please try again later.' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后重试，并向管理员提供请求编号。', en: 'Internal error; please try again later and give the request id to an administrator.' },
  DATABASE_UNAVAILABLE: { status: 503, zh: '数据库暂时无法访问。', en: 'The database is not reachable.' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export type Locale = 'zh' | 'en';

export function statusOf(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

export function messageOf(code: ErrorCode, locale: Locale): string {
  return errorCatalogue[code][locale];
}
